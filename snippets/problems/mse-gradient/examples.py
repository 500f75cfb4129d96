# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "mse_gradient(jnp.array([1.0]), 0.0, jnp.array([[1.0], [2.0]]), "
            "jnp.array([2.0, 3.0]))"
        ),
        "explanation": (
            "The predictions `[1, 2]` fall short of the targets by `1` each, so the residuals "
            "are `[−1, −1]`. Then `dw = (2/2)·(1·(−1) + 2·(−1)) = −3` and "
            "`db = (2/2)·(−1 − 1) = −2`: both should grow."
        ),
    },
    {
        "call": (
            "mse_gradient(jnp.array([0.5, -0.5]), 1.0, jnp.array([[2.0, 2.0]]), "
            "jnp.array([0.0]))"
        ),
        "explanation": (
            "One example: the weights cancel, the prediction is the bias `1` and the residual "
            "is `1`. Each weight's gradient is `2 · 1 ·` its feature, `2`, and the bias's is "
            "`2 · 1`."
        ),
    },
]
