# Check cases for sgd_step: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_keys = jax.random.split(jax.random.key(11), 4)

CASES = {
    "nested dict": dict(
        params={
            "layer1": {"w": jnp.array([[1.0, -2.0], [0.5, 3.0]]), "b": jnp.array([0.1, -0.1])},
            "layer2": {"w": jnp.array([[2.0], [-1.0]]), "b": jnp.array([0.0])},
        },
        grads={
            "layer1": {"w": jnp.array([[0.5, 0.5], [-1.0, 2.0]]), "b": jnp.array([1.0, 0.0])},
            "layer2": {"w": jnp.array([[-3.0], [4.0]]), "b": jnp.array([0.25])},
        },
        learning_rate=0.1,
    ),
    "list of (w, b) tuples": dict(
        params=[(jnp.array([[1.0, 2.0]]), jnp.array([0.5, 0.5])),
                (jnp.array([[3.0], [4.0]]), jnp.array([1.0]))],
        grads=[(jnp.array([[0.2, -0.4]]), jnp.array([1.0, -1.0])),
               (jnp.array([[0.5], [0.5]]), jnp.array([-2.0]))],
        learning_rate=0.5,
    ),
    "zero learning rate": dict(
        params={"w": jnp.array([1.0, 2.0, 3.0]), "b": jnp.array(4.0)},
        grads={"w": jnp.array([10.0, -10.0, 5.0]), "b": jnp.array(1.0)},
        learning_rate=0.0,
    ),
    "zero gradients": dict(
        params={"w": jnp.array([[1.5, -2.5], [0.0, 7.0]]), "b": jnp.array([1.0, 2.0])},
        grads={"w": jnp.zeros((2, 2)), "b": jnp.zeros(2)},
        learning_rate=0.3,
    ),
    "negatives": dict(
        params={"w": jnp.array([-1.0, -2.0]), "b": jnp.array([-0.5])},
        grads={"w": jnp.array([-4.0, -0.5]), "b": jnp.array([-2.0])},
        learning_rate=0.25,
    ),
    "single element": dict(
        params={"w": jnp.array([2.0])}, grads={"w": jnp.array([-3.0])}, learning_rate=0.01
    ),
    "tuple of scalar leaves": dict(
        params=(jnp.array(1.0), jnp.array(-1.0), jnp.array(0.0)),
        grads=(jnp.array(0.5), jnp.array(0.5), jnp.array(-8.0)),
        learning_rate=2.0,
    ),
    "mixed containers": dict(
        params={"blocks": [(jnp.array([1.0, 1.0]), jnp.array(0.0))], "scale": jnp.array([3.0])},
        grads={"blocks": [(jnp.array([0.1, -0.1]), jnp.array(2.0))], "scale": jnp.array([1.0])},
        learning_rate=1.0,
    ),
    "larger size": dict(
        params={"w": jax.random.normal(_keys[0], (20, 16)),
                "b": jax.random.normal(_keys[1], (16,))},
        grads={"w": jax.random.normal(_keys[2], (20, 16)),
               "b": jax.random.normal(_keys[3], (16,))},
        learning_rate=0.05,
    ),
}
