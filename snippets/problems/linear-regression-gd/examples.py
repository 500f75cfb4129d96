# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "fit_linear_regression(jnp.array([[1.0], [2.0]]), jnp.array([2.0, 4.0]), 0.1, 2)"
        ),
        "explanation": (
            "From zeros every prediction is 0, so the first loss is `(2² + 4²) / 2 = 10`. The "
            "gradients there are `-10` for `w` and `-6` for `b`, so one step lands on "
            "`w = 1`, `b = 0.6`, where the loss has already dropped to `1.06`."
        ),
    },
    {
        "call": "fit_linear_regression(jnp.zeros((2, 1)), jnp.array([1.0, 3.0]), 0.25, 3)",
        "explanation": (
            "With all-zero inputs only the bias can learn. Each step halves its distance to the "
            "mean target 2: `b` goes 0, 1, 1.5, 1.75, and the weight's gradient stays 0."
        ),
    },
]
