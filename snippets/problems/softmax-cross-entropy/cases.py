# Check cases for softmax_cross_entropy_and_grad: keyword arguments, by name. None equals a page
# example.
import jax
import jax.numpy as jnp

_logit_key, _label_key = jax.random.split(jax.random.key(4242))

CASES = {
    "zeros": dict(logits=jnp.zeros((3, 4)), labels=jnp.array([0, 3, 1])),
    "single element": dict(logits=jnp.array([[2.5]]), labels=jnp.array([0])),
    "negatives": dict(
        logits=jnp.array([[-1.0, -3.0, -0.5], [-4.0, -2.0, -6.0]]), labels=jnp.array([1, 1])
    ),
    "large logits": dict(
        # exp overflows float32 above about 88, and softmax underflows to 0 far below the max.
        logits=jnp.array([[1000.0, 0.0, -1000.0], [-500.0, 500.0, 0.0], [30.0, 30.0, 30.0]]),
        labels=jnp.array([2, 1, 0]),
    ),
    "as many examples as classes": dict(
        logits=jnp.array([[2.0, 0.5, -1.0], [0.0, 1.5, 0.5], [-0.5, 0.0, 3.0]]),
        labels=jnp.array([0, 2, 2]),
    ),
    "two classes": dict(
        logits=jnp.array([[0.5, -0.5], [3.0, 1.0], [-2.0, 2.0], [0.0, 0.1], [1.0, 1.0]]),
        labels=jnp.array([0, 1, 1, 0, 1]),
    ),
    "one example, many classes": dict(
        logits=jnp.linspace(-3.0, 3.0, 20)[None, :], labels=jnp.array([7])
    ),
    "larger size": dict(
        logits=3.0 * jax.random.normal(_logit_key, (64, 10)),
        labels=jax.random.randint(_label_key, (64,), 0, 10),
    ),
}
