# Check cases for clip_by_global_norm: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_keys = jax.random.split(jax.random.key(9), 3)

CASES = {
    "nested dict, clipped": dict(
        grads={
            "layer1": {"w": jnp.array([[3.0, -1.0], [2.0, 0.5]]), "b": jnp.array([1.0, -2.0])},
            "layer2": {"w": jnp.array([[4.0], [-3.0]]), "b": jnp.array([0.5])},
        },
        max_norm=1.0,
    ),
    "below the threshold": dict(
        grads={"w": jnp.array([0.1, -0.2, 0.05]), "b": jnp.array([0.01])}, max_norm=5.0
    ),
    "exactly at the threshold": dict(
        grads=(jnp.array([3.0]), jnp.array([[4.0]])), max_norm=5.0
    ),
    "all zeros": dict(
        grads={"w": jnp.zeros((3, 2)), "b": jnp.zeros(2)}, max_norm=1.0
    ),
    "negatives": dict(
        grads=[(jnp.array([-6.0, -8.0]), jnp.array([-1.0]))], max_norm=2.0
    ),
    "single element": dict(grads={"w": jnp.array([-7.5])}, max_norm=0.5),
    "scalar leaves": dict(
        grads=[jnp.array(1.0), jnp.array(-2.0), jnp.array(2.0)], max_norm=1.5
    ),
    "huge gradients": dict(
        grads={"w": jnp.array([1e4, -2e4]), "b": jnp.array([3e3])}, max_norm=10.0
    ),
    "larger size": dict(
        grads=[
            (jax.random.normal(_keys[0], (16, 16)), jax.random.normal(_keys[1], (16,))),
            (jax.random.normal(_keys[2], (16, 4)), jnp.zeros(4)),
        ],
        max_norm=3.0,
    ),
}
