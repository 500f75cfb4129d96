import jax


def sgd_step(params, grads, learning_rate):
    """Each leaf of ``params`` moved against its gradient: ``p - learning_rate * g``."""
    return jax.tree.map(lambda p, g: p - learning_rate * g, params, grads)
