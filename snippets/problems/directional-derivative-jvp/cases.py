# Check cases for softmax_jvp: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_x_key, _v_key = jax.random.split(jax.random.key(1729))

CASES = {
    "zeros": dict(x=jnp.zeros(4), v=jnp.zeros(4)),
    "uniform logits": dict(x=jnp.zeros(3), v=jnp.array([1.0, -2.0, 0.5])),
    "zero direction": dict(x=jnp.array([1.0, 2.0, 3.0]), v=jnp.zeros(3)),
    "negatives": dict(x=jnp.array([-1.0, -3.0, -0.5, -2.0]), v=jnp.array([-1.0, -0.5, -2.0, -1.5])),
    "single element": dict(x=jnp.array([0.7]), v=jnp.array([2.5])),
    "shift direction": dict(x=jnp.array([0.3, -1.2, 2.0]), v=jnp.full(3, 4.0)),
    "one-hot direction": dict(
        x=jnp.array([1.0, 0.0, -1.0, 0.5]), v=jnp.array([0.0, 1.0, 0.0, 0.0])
    ),
    "large logits": dict(x=jnp.array([50.0, 45.0, -30.0, 0.0]), v=jnp.array([1.0, -1.0, 3.0, 2.0])),
    "larger size": dict(
        x=2.0 * jax.random.normal(_x_key, (200,)), v=jax.random.normal(_v_key, (200,))
    ),
}
