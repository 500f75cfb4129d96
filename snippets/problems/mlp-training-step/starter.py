import jax
import jax.numpy as jnp


def mlp_train_step(params, x, y, lr):
    """One step of gradient descent on a two-layer ReLU network; returns (new_params, loss).

    The model is ``relu(x @ W1 + b1) @ W2 + b2`` with ``jax.nn.relu`` (slope 0 at exactly 0),
    and the loss is the mean, over every entry, of ``(prediction - y) ** 2``.

    Args:
        params: ``{"hidden": {"w": W1, "b": b1}, "output": {"w": W2, "b": b2}}`` with
            ``W1`` of shape ``(d_in, h)``, ``b1`` ``(h,)``, ``W2`` ``(h, d_out)`` and
            ``b2`` ``(d_out,)``, all float32.
        x: the inputs, float32 of shape ``(N, d_in)``.
        y: the targets, float32 of shape ``(N, d_out)``.
        lr: the learning rate, a Python float.

    Returns:
        The tuple ``(new_params, loss)``: ``new_params`` has the structure of ``params`` with
        every leaf replaced by ``param - lr * gradient``, and ``loss`` is the float32 scalar
        loss at the old ``params``, before the step.
    """
    raise NotImplementedError("get the loss and the gradient tree from one jax.value_and_grad")
