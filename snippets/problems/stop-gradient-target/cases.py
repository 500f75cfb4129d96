# Check cases for td_gradient: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_k = jax.random.split(jax.random.key(4669), 8)
_x = jax.random.normal(_k[0], (6, 3))
_x_next = jax.random.normal(_k[1], (6, 3))
_r = jax.random.normal(_k[2], (6,))
_w = jax.random.normal(_k[3], (3,))

CASES = {
    "zeros": dict(w=jnp.zeros(3), x=jnp.zeros((4, 3)), r=jnp.zeros(4), x_next=jnp.zeros((4, 3)),
                  gamma=0.9),
    "zero weights": dict(w=jnp.zeros(3), x=_x, r=_r, x_next=_x_next, gamma=0.9),
    "no discount": dict(w=_w, x=_x, r=_r, x_next=_x_next, gamma=0.0),
    "discount of one": dict(w=_w, x=_x, r=_r, x_next=_x_next, gamma=1.0),
    "single transition": dict(w=jnp.array([0.5, -1.0]), x=jnp.array([[1.0, 2.0]]),
                              r=jnp.array([1.0]), x_next=jnp.array([[2.0, 0.5]]), gamma=0.9),
    "one feature": dict(w=jnp.array([2.0]), x=jnp.array([[1.0], [0.5], [-1.5]]),
                        r=jnp.array([0.0, 1.0, -1.0]), x_next=jnp.array([[0.5], [-1.5], [1.0]]),
                        gamma=0.5),
    "negatives": dict(w=jnp.array([-0.5, -2.0]), x=jnp.array([[-1.0, -0.5], [-2.0, -1.5]]),
                      r=jnp.array([-1.0, -3.0]), x_next=jnp.array([[-0.5, -2.5], [-1.0, -1.0]]),
                      gamma=0.8),
    "states that loop to themselves": dict(w=_w, x=_x, r=_r, x_next=_x, gamma=0.95),
    "terminal next states": dict(w=_w, x=_x, r=_r, x_next=jnp.zeros((6, 3)), gamma=0.99),
    "larger size": dict(
        w=0.5 * jax.random.normal(_k[4], (8,)),
        x=jax.random.normal(_k[5], (64, 8)),
        r=jax.random.normal(_k[6], (64,)),
        x_next=jax.random.normal(_k[7], (64, 8)),
        gamma=0.9,
    ),
}
