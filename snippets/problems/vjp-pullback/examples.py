# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "vjp_pullback(jnp.array([[1.0, 2.0], [3.0, 4.0]]), jnp.zeros(2), "
            "jnp.array([1.0, 0.0]))"
        ),
        "explanation": (
            "At `x = 0` the slope of `tanh` is 1, so the Jacobian is `w`. The cotangent "
            "`[1, 0]` picks out its first row."
        ),
    },
    {
        "call": (
            "vjp_pullback(jnp.array([[1.0, 2.0], [3.0, 4.0]]), jnp.zeros(2), "
            "jnp.array([1.0, -1.0]))"
        ),
        "explanation": (
            "Same Jacobian, cotangent `[1, −1]`: the result is row 1 minus row 2, "
            "`[1 − 3, 2 − 4]`. A cotangent mixes rows, where a tangent would mix columns."
        ),
    },
]
