import jax
import jax.numpy as jnp


def td_gradient(w, x, r, x_next, gamma):
    """Gradient in ``w`` of mean((x @ w - target) ** 2), the target r + gamma x_next @ w frozen."""

    def td_loss(w):
        prediction = x @ w
        # Same w as the prediction, but the target is a label, not something to move.
        target = jax.lax.stop_gradient(r + gamma * (x_next @ w))
        return jnp.mean((prediction - target) ** 2)

    return jax.grad(td_loss)(w)
