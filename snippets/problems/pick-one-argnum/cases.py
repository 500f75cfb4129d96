# Check cases for input_saliency: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _x_key = jax.random.split(jax.random.key(314))

CASES = {
    "zeros": dict(w=jnp.zeros(3), b=0.0, x=jnp.zeros(3)),
    "zero input": dict(w=jnp.array([1.0, -2.0, 0.5]), b=0.0, x=jnp.zeros(3)),
    "zero weights": dict(w=jnp.zeros(4), b=1.5, x=jnp.array([2.0, -1.0, 0.0, 3.0])),
    "negatives": dict(
        w=jnp.array([-0.5, -1.0, -2.0]), b=-0.25, x=jnp.array([-1.0, -0.5, -3.0])
    ),
    "single element": dict(w=jnp.array([2.0]), b=-1.0, x=jnp.array([0.75])),
    "bias shifts the slope": dict(w=jnp.array([1.0, 1.0]), b=-3.0, x=jnp.array([1.0, 2.0])),
    "saturated": dict(w=jnp.array([4.0, 5.0]), b=2.0, x=jnp.array([3.0, 2.0])),
    "large values": dict(
        w=jnp.array([0.01, -0.02, 0.03]), b=0.5, x=jnp.array([100.0, 40.0, -20.0])
    ),
    "larger size": dict(
        w=0.1 * jax.random.normal(_w_key, (256,)), b=0.2, x=jax.random.normal(_x_key, (256,))
    ),
}
