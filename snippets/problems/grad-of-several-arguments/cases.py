# Check cases for gaussian_nll_grads: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_key = jax.random.key(1729)

CASES = {
    "zeros": dict(x=jnp.zeros(4), mu=0.0, log_sigma=0.0),
    "mean at the data's mean": dict(x=jnp.array([1.0, 2.0, 3.0]), mu=2.0, log_sigma=0.0),
    "negatives": dict(x=jnp.array([-3.0, -1.0, -2.5, -0.5]), mu=-1.0, log_sigma=-0.5),
    "single element": dict(x=jnp.array([1.5]), mu=0.5, log_sigma=0.25),
    "narrow distribution": dict(x=jnp.array([0.1, -0.2, 0.3]), mu=0.0, log_sigma=-2.0),
    "wide distribution": dict(x=jnp.array([10.0, -4.0, 6.0, 1.0]), mu=1.0, log_sigma=3.0),
    "mean far from the data": dict(x=jnp.array([0.5, 1.0, 1.5]), mu=-8.0, log_sigma=0.5),
    "large values": dict(x=jnp.array([120.0, 80.0, 95.0]), mu=100.0, log_sigma=2.5),
    "larger size": dict(
        x=1.0 + 2.0 * jax.random.normal(_key, (300,)), mu=0.5, log_sigma=0.3
    ),
}
