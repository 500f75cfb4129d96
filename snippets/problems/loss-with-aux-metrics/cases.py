# Check cases for grad_and_metrics: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _x_key, _label_key = jax.random.split(jax.random.key(4242), 3)
_x = jax.random.normal(_x_key, (100, 3))
_true_w = jnp.array([1.5, -2.0, 0.5])
# Labels from a noisy version of a known classifier: most, not all, are predictable.
_labels = (_x @ _true_w + jax.random.normal(_label_key, (100,)) > 0).astype(jnp.float32)

CASES = {
    "zeros": dict(
        params={"w": jnp.zeros(2), "b": jnp.array(0.0)}, x=jnp.zeros((3, 2)),
        labels=jnp.zeros(3),
    ),
    "zero params": dict(
        params={"w": jnp.zeros(2), "b": jnp.array(0.0)},
        x=jnp.array([[1.0, 2.0], [-1.0, 0.5], [3.0, -1.0], [0.5, 0.5]]),
        labels=jnp.array([1.0, 0.0, 0.0, 1.0]),
    ),
    "all labels one": dict(
        params={"w": jnp.array([0.5, -0.5]), "b": jnp.array(0.25)},
        x=jnp.array([[1.0, 0.0], [0.0, 1.0], [2.0, 3.0]]), labels=jnp.ones(3),
    ),
    "negatives": dict(
        params={"w": jnp.array([-1.0, -0.5]), "b": jnp.array(-0.5)},
        x=jnp.array([[-1.0, -2.0], [-0.25, -0.5], [-3.0, -0.1]]),
        labels=jnp.array([1.0, 0.0, 1.0]),
    ),
    "single element": dict(
        params={"w": jnp.array([2.0]), "b": jnp.array(-1.0)}, x=jnp.array([[1.5]]),
        labels=jnp.array([0.0]),
    ),
    "perfectly separated": dict(
        params={"w": jnp.array([3.0]), "b": jnp.array(0.0)},
        x=jnp.array([[-2.0], [-1.0], [1.0], [2.0]]), labels=jnp.array([0.0, 0.0, 1.0, 1.0]),
    ),
    "every prediction wrong": dict(
        params={"w": jnp.array([-3.0]), "b": jnp.array(0.0)},
        x=jnp.array([[-2.0], [-1.0], [1.0], [2.0]]), labels=jnp.array([0.0, 0.0, 1.0, 1.0]),
    ),
    "large logits": dict(
        params={"w": jnp.array([10.0, -10.0]), "b": jnp.array(5.0)},
        x=jnp.array([[2.0, -1.0], [-2.0, 1.0], [1.0, 1.0]]), labels=jnp.array([1.0, 1.0, 0.0]),
    ),
    "larger size": dict(
        params={"w": 0.5 * jax.random.normal(_w_key, (3,)), "b": jnp.array(0.1)},
        x=_x, labels=_labels,
    ),
}
