# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "poisson_loss_and_grad(jnp.array([0.0]), jnp.array([[1.0], [2.0]]), "
        "jnp.array([1.0, 3.0]))",
        "explanation": (
            "Zero weights predict a rate of `e⁰ = 1` for both rows, so the loss is "
            "`mean([1 − 0, 1 − 0]) = 1`. The gradient, `mean((rate − counts) · x)`, is "
            "`((1 − 1)·1 + (1 − 3)·2) / 2 = −2`: raise the weight."
        ),
    },
    {
        "call": "poisson_loss_and_grad(jnp.array([1.0, -1.0]), jnp.array([[1.0, 1.0]]), "
        "jnp.array([0.0]))",
        "explanation": (
            "One row whose features cancel: `x @ w = 0`, a predicted rate of `1` against a "
            "count of `0`. The loss is `1`, and the gradient is `(1 − 0) · [1, 1]`."
        ),
    },
]
