# Check cases for grad_of_quadratic: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_key = jax.random.key(20261121)

CASES = {
    "zeros": dict(w=0.0, b=0.0, x=jnp.zeros(4)),
    "zero weight": dict(w=0.0, b=2.5, x=jnp.array([1.0, -1.0, 3.0])),
    "negatives": dict(w=-1.5, b=-0.5, x=jnp.array([-2.0, -4.0, -0.25])),
    "single element": dict(w=2.0, b=-3.0, x=jnp.array([0.5])),
    "mixed signs": dict(w=0.75, b=1.25, x=jnp.array([-3.0, 0.0, 2.0, 5.0])),
    "points cancel": dict(w=1.0, b=0.0, x=jnp.array([1.0, -1.0])),
    "large values": dict(w=10.0, b=-20.0, x=jnp.array([100.0, -50.0, 25.0])),
    "small values": dict(w=1e-3, b=2e-3, x=jnp.array([1e-2, -3e-2, 5e-3])),
    "larger size": dict(w=0.3, b=-0.7, x=jax.random.normal(_key, (256,))),
}
