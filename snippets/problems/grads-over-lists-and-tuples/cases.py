# Check cases for layers_gradient: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp


def _random_layers(key, widths):
    layers = []
    for d_in, d_out in zip(widths[:-1], widths[1:], strict=True):
        key, k_w, k_b = jax.random.split(key, 3)
        w = jax.random.normal(k_w, (d_in, d_out)) / d_in**0.5
        layers.append((w, 0.1 * jax.random.normal(k_b, (d_out,))))
    return layers


_keys = jax.random.split(jax.random.key(5), 6)

CASES = {
    "one linear layer": dict(
        layers=[(jnp.array([[1.0], [-2.0]]), jnp.array([0.5]))],
        x=jnp.array([[1.0, 1.0], [2.0, 0.0], [0.0, -1.0]]),
        y=jnp.array([[0.0], [1.0], [2.0]]),
    ),
    "two layers": dict(
        layers=[(jnp.array([[0.5, -1.0, 1.5]]), jnp.array([0.0, 0.2, -0.2])),
                (jnp.array([[1.0], [2.0], [-1.0]]), jnp.array([0.3]))],
        x=jnp.array([[1.0], [-0.5]]),
        y=jnp.array([[1.0], [-1.0]]),
    ),
    "zero weights": dict(
        layers=[(jnp.zeros((2, 2)), jnp.zeros(2)), (jnp.zeros((2, 1)), jnp.zeros(1))],
        x=jnp.array([[1.0, 2.0], [3.0, 4.0]]),
        y=jnp.array([[2.0], [-1.0]]),
    ),
    "zero inputs": dict(
        layers=[(jnp.array([[1.0, -1.0]]), jnp.array([0.5, 1.0])),
                (jnp.array([[2.0], [0.5]]), jnp.array([0.0]))],
        x=jnp.zeros((3, 1)),
        y=jnp.array([[1.0], [0.0], [-1.0]]),
    ),
    "negatives": dict(
        layers=[(-jnp.ones((2, 2)), jnp.array([-0.5, -0.25])),
                (jnp.array([[-1.0], [-3.0]]), jnp.array([-1.0]))],
        x=jnp.array([[-1.0, -2.0], [-0.5, -0.1]]),
        y=jnp.array([[-2.0], [-0.5]]),
    ),
    "single element": dict(
        layers=[(jnp.array([[1.5]]), jnp.array([-0.5]))], x=jnp.array([[2.0]]), y=jnp.array([[1.0]])
    ),
    "deep and narrow": dict(
        layers=[(jnp.array([[w]]), jnp.array([0.1])) for w in (1.2, -0.8, 1.5, 0.9, -1.1)],
        x=jnp.array([[0.5], [-1.0]]),
        y=jnp.array([[0.3], [0.2]]),
    ),
    "three layers": dict(
        layers=_random_layers(_keys[0], [3, 5, 4, 2]),
        x=jax.random.normal(_keys[1], (4, 3)),
        y=jax.random.normal(_keys[2], (4, 2)),
    ),
    "larger size": dict(
        layers=_random_layers(_keys[3], [8, 16, 8, 2]),
        x=jax.random.normal(_keys[4], (16, 8)),
        y=jax.random.normal(_keys[5], (16, 2)),
    ),
}
