# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "gaussian_nll_grads(jnp.array([1.0, 3.0]), 0.0, 0.0)",
        "explanation": (
            "With `sigma = 1`, `d_mu = −mean(x − mu) = −2`: negative, so raising `mu` towards "
            "the data's average `2` lowers the loss. The spread is too small for the samples "
            "(`mean((x − mu)²) = 5`), so `d_log_sigma = 1 − 5 = −4` says: widen it."
        ),
    },
    {
        "call": "gaussian_nll_grads(jnp.array([-1.0, 1.0]), 0.0, 0.0)",
        "explanation": (
            "`mu = 0` is the data's mean and `sigma = 1` matches its spread "
            "(`mean((x − mu)²) = 1`): both gradients are zero, the best fit."
        ),
    },
]
