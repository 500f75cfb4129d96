# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "grad_of_quadratic(0.0, 1.0, jnp.array([1.0, 2.0]))",
        "explanation": (
            "With `w = 0` every residual `w·xᵢ + b` equals 1, so each point contributes "
            "`2 · 1 · xᵢ`: the gradient is `2·1 + 2·2`."
        ),
    },
    {
        "call": "grad_of_quadratic(1.0, 2.0, jnp.array([3.0]))",
        "explanation": (
            "A single point: the residual is `1·3 + 2 = 5`, and the derivative of `5²` "
            "with respect to `w` is `2 · 5 · 3`."
        ),
    },
]
