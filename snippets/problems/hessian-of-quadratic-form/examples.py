# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "hessian_of_form(jnp.array([[1.0, 2.0], [0.0, 3.0]]), jnp.zeros(2), "
            "jnp.array([1.0, -1.0]))"
        ),
        "explanation": (
            "`a` is not symmetric: its off-diagonal `2` appears once, yet both off-diagonal "
            "entries of the Hessian are `2 + 0`, and the diagonal is doubled. That is `a + aᵀ`."
        ),
    },
    {
        "call": (
            "hessian_of_form(jnp.array([[1.0, 2.0], [0.0, 3.0]]), jnp.array([5.0, -5.0]), "
            "jnp.array([10.0, 20.0]))"
        ),
        "explanation": (
            "The same `a` at another point, with a linear term added: the Hessian is unchanged. "
            "A quadratic has constant curvature, and `b @ x` has none."
        ),
    },
]
