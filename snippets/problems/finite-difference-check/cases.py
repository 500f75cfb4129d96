# Check cases for central_differences: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_key = jax.random.key(271828)

CASES = {
    "zeros": dict(x=jnp.zeros(3), eps=1e-3),
    "negatives": dict(x=jnp.array([-0.5, -1.5, -2.5]), eps=1e-2),
    "single element": dict(x=jnp.array([0.7]), eps=1e-3),
    "mixed signs": dict(x=jnp.array([1.0, -0.25, 0.5, -2.0]), eps=3e-3),
    "a coarse step": dict(x=jnp.array([0.3, -1.2, 2.0]), eps=0.5),
    "a step of one": dict(x=jnp.array([0.0, 1.5707964]), eps=1.0),
    "a step float32 cannot hold": dict(x=jnp.array([0.5, -1.0, 2.0, 3.0]), eps=1e-8),
    "large values": dict(x=jnp.array([10.0, -20.0, 30.0]), eps=1.0),
    "larger size": dict(x=jax.random.normal(_key, (200,)), eps=0.25),
}
