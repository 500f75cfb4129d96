# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "grad_over_flat_params(jnp.array([1.0, 0.0, 0.0]), jnp.array([[2.0, 3.0]]))",
        "explanation": (
            "One example with `w = [1, 0]` and `b = 0`: the prediction is `2`, so the "
            "weights' gradient is `2 · 2 · [2, 3]` and the bias gradient `2 · 2`."
        ),
    },
    {
        "call": (
            "grad_over_flat_params(jnp.array([0.0, 0.0, 1.0]), "
            "jnp.array([[1.0, 0.0], [0.0, 1.0]]))"
        ),
        "explanation": (
            "Zero weights and bias `1`: both predictions are `1`. Each weight sees one "
            "example, `2 · 1 · 1`; the bias sees both, `2 · 1 + 2 · 1`."
        ),
    },
]
