# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "newton_minimize(jnp.array([[1.0]]), jnp.array([0.5]), jnp.array([2.0]), 1)",
        "explanation": (
            "One variable, so the step is the slope over the curvature. The minimum is at "
            "`0`, where the slope `x - 0.5 + σ(x)` vanishes (`σ` is the logistic function, "
            "the derivative of `log(1 + eˣ)`). From `2`, the curvature is `1 + σ(2)(1 - σ(2))` "
            "and one step lands a little past `0`: the model the step trusts is only "
            "quadratic."
        ),
    },
    {
        "call": (
            "newton_minimize(jnp.array([[1.0, 0.0], [0.0, 4.0]]), jnp.array([0.5, 2.5]), "
            "jnp.zeros(2), 4)"
        ),
        "explanation": (
            "A diagonal `a` splits the problem into two one-variable ones. The first starts at "
            "its minimum (`0 - 0.5 + σ(0) = 0`) and never moves; the second needs a few steps "
            "to settle where `4x - 2.5 + σ(x) = 0`."
        ),
    },
]
