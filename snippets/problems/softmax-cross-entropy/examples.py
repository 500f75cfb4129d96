# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "softmax_cross_entropy_and_grad(jnp.zeros((2, 2)), jnp.array([0, 1]))",
        "explanation": (
            "Equal logits give every class probability `1/2`, so each row's loss is "
            "`log 2 ≈ 0.693` and so is the mean. Each row's gradient is "
            "`(softmax − one_hot) / N`: `(0.5 − 1) / 2 = −0.25` at the true class and "
            "`0.5 / 2 = 0.25` at the other."
        ),
    },
    {
        "call": (
            "softmax_cross_entropy_and_grad(jnp.array([[0.0, 200.0, 0.0]]), jnp.array([0]))"
        ),
        "explanation": (
            "One example, confidently wrong by a margin of 200. `exp(200)` does not fit in "
            "float32, yet the loss is `200`, the margin itself, and the gradient is "
            "`softmax − one_hot = [0, 1, 0] − [1, 0, 0]`: the log-softmax subtracts the "
            "row's maximum before it exponentiates anything."
        ),
    },
]
