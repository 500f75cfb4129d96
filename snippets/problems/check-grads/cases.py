# Check cases for softplus_with_slope: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_key = jax.random.key(1618)

CASES = {
    "zeros": dict(x=jnp.zeros(4)),
    "single element": dict(x=jnp.array([0.25])),
    "negatives": dict(x=jnp.array([-0.5, -3.0, -10.0])),
    "either side of the kink": dict(x=jnp.array([-1e-3, 0.0, 1e-3])),
    "mixed signs": dict(x=jnp.array([-2.5, -0.75, 0.0, 1.25, 4.0])),
    "past exp's overflow": dict(x=jnp.array([88.0, 89.0, 100.0, 500.0])),
    "far negative": dict(x=jnp.array([-30.0, -80.0, -100.0, -500.0])),
    "a matrix": dict(x=jnp.array([[-1.0, 0.0, 1.0, 2.0], [3.0, -3.0, 0.5, -0.5]])),
    "larger size": dict(x=10.0 * jax.random.normal(_key, (256,))),
}
