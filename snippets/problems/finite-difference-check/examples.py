# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "central_differences(jnp.array([0.0, 0.0]), 1e-2)",
        "explanation": (
            "At the origin the exact gradient is `cos(0) + (0 + 0) = 1` in each entry. The "
            "central difference of `sin` is `sin(ε)/ε`, just under 1, and the quadratic part "
            "contributes exactly 0: central differences are exact for quadratics."
        ),
    },
    {
        "call": "central_differences(jnp.array([1.0, 2.0]), 0.1)",
        "explanation": (
            "The exact gradient is `cos(xᵢ) + 3`: about `[3.5403, 2.5839]`. With a step as "
            "coarse as 0.1 the estimate is `cos(xᵢ) · sin(0.1)/0.1 + 3`, off in the fourth "
            "digit; a smaller step does better, down to about 1e-3 in float32."
        ),
    },
]
