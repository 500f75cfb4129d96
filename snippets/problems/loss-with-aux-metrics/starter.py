import jax
import jax.numpy as jnp


def grad_and_metrics(params, x, labels):
    """Gradient of a logistic-regression loss, plus the metrics computed along the way.

    The logits are ``x @ params["w"] + params["b"]``; the loss is the mean binary
    cross-entropy ``mean(softplus(logits) - labels * logits)``.

    Args:
        params: a dict with ``"w"``, a float array of shape ``(d,)``, and ``"b"``, a float
            scalar.
        x: a float array of shape ``(N, d)``, one row per example.
        labels: a float array of shape ``(N,)`` holding 0.0 or 1.0.

    Returns:
        A pair ``(grads, metrics)``: ``grads`` has the structure of ``params``; ``metrics`` is
        a dict with ``"loss"`` (the loss) and ``"accuracy"`` (the fraction of examples whose
        logit is positive exactly when their label is 1), both float32 scalars.
    """
    raise NotImplementedError("return (loss, metrics) from the loss and use has_aux=True")
