# Check cases for poisson_loss_and_grad: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _x_key, _c_key = jax.random.split(jax.random.key(2718), 3)

CASES = {
    "zeros": dict(w=jnp.zeros(2), x=jnp.zeros((3, 2)), counts=jnp.zeros(3)),
    "zero weights": dict(
        w=jnp.zeros(3), x=jnp.array([[1.0, 0.5, -1.0], [0.0, 2.0, 1.0]]),
        counts=jnp.array([2.0, 0.0]),
    ),
    "zero counts": dict(
        w=jnp.array([0.5, -0.25]), x=jnp.array([[1.0, 2.0], [-1.0, 0.5], [0.0, 1.0]]),
        counts=jnp.zeros(3),
    ),
    "negatives": dict(
        w=jnp.array([-0.5, -1.0]), x=jnp.array([[-1.0, -2.0], [-0.5, -0.25]]),
        counts=jnp.array([4.0, 1.0]),
    ),
    "single element": dict(w=jnp.array([0.3]), x=jnp.array([[2.0]]), counts=jnp.array([3.0])),
    "rate matches counts": dict(
        w=jnp.array([1.0, 0.0]), x=jnp.array([[0.0, 1.0], [1.0, 1.0], [2.0, -1.0]]),
        counts=jnp.exp(jnp.array([0.0, 1.0, 2.0])),
    ),
    "large counts": dict(
        w=jnp.array([1.5, 0.5]), x=jnp.array([[2.0, 1.0], [1.0, 3.0], [3.0, -1.0]]),
        counts=jnp.array([40.0, 25.0, 60.0]),
    ),
    "larger size": dict(
        w=0.3 * jax.random.normal(_w_key, (4,)),
        x=jax.random.normal(_x_key, (100, 4)),
        counts=jnp.floor(jax.random.uniform(_c_key, (100,), maxval=6.0)),
    ),
    "many features": dict(
        w=0.1 * jnp.ones(10), x=jnp.eye(10)[:3] - 0.5, counts=jnp.array([1.0, 0.0, 2.0]),
    ),
}
