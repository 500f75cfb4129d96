# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "layer_jacobian(jnp.array([[2.0, 0.0, -1.0], [0.0, 1.0, 3.0]]), "
            "jnp.zeros(2), jnp.zeros(3))"
        ),
        "explanation": (
            "At a zero pre-activation the slope of `tanh` is 1, so the Jacobian is `w` itself: "
            "two rows (outputs) by three columns (inputs)."
        ),
    },
    {
        "call": (
            "layer_jacobian(jnp.array([[1.0], [2.0]]), jnp.array([0.0, 1.0]), jnp.array([1.0]))"
        ),
        "explanation": (
            "One input, two outputs: a `(2, 1)` column. The pre-activations are `1` and `3`, "
            "so the entries are `1 · (1 − tanh²(1))` and `2 · (1 − tanh²(3))`; the second "
            "output is nearly saturated and barely moves."
        ),
    },
]
