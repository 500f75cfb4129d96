# Check cases for derivatives_at: keyword arguments, by name. None equals a page example.
import jax.numpy as jnp

CASES = {
    "zero": dict(x=0.0),
    "tiny": dict(x=1e-3),
    "half": dict(x=0.5),
    "negative": dict(x=-1.3),
    "near pi, where f is zero": dict(x=3.1415927),
    "float32 array": dict(x=jnp.array(2.0)),
    "negative float32 array": dict(x=jnp.array(-6.0)),
    "large negative": dict(x=-12.5),
    "large": dict(x=40.0),
}
