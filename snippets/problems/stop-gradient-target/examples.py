# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "td_gradient(jnp.array([1.0, 0.0]), jnp.array([[1.0, 0.0]]), jnp.array([0.0]), "
            "jnp.array([[0.0, 1.0]]), 0.5)"
        ),
        "explanation": (
            "One transition. The prediction is 1 and the target is 0 + 0.5 · 0 = 0, so the TD "
            "error is 1 and the gradient is 2 · 1 · x = (2, 0). The second weight only enters "
            "the target, so it gets no gradient."
        ),
    },
    {
        "call": (
            "td_gradient(jnp.array([1.0, 1.0]), jnp.array([[1.0, 0.0], [0.0, 1.0]]), "
            "jnp.array([1.0, 2.0]), jnp.array([[0.0, 1.0], [1.0, 0.0]]), 0.5)"
        ),
        "explanation": (
            "Two states that lead to each other. Both predictions are 1 and the targets are "
            "1.5 and 2.5, so the TD errors are -0.5 and -1.5. The mean over two transitions "
            "halves 2 · error · x: the gradient is (-0.5, -1.5)."
        ),
    },
]
