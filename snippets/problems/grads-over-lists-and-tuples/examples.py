# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "layers_gradient([(jnp.array([[2.0]]), jnp.array([1.0]))], "
            "jnp.array([[1.0], [3.0]]), jnp.array([[0.0], [4.0]]))"
        ),
        "explanation": (
            "A single linear layer: the predictions are `2 · 1 + 1 = 3` and `2 · 3 + 1 = 7`, "
            "the errors `3` and `3`. The weight's gradient is `3 · 1 + 3 · 3 = 12`, the bias's "
            "`3 + 3 = 6`. The result is a list holding one tuple, like the input."
        ),
    },
    {
        "call": (
            "layers_gradient([(jnp.array([[1.0, 1.0]]), jnp.zeros(2)), "
            "(jnp.array([[1.0], [-1.0]]), jnp.array([0.5]))], "
            "jnp.array([[0.0]]), jnp.array([[0.0]]))"
        ),
        "explanation": (
            "Two layers and `x = 0`: both hidden units are `tanh(0) = 0`, the output is the "
            "bias `0.5`, so its gradient is `0.5`. The hidden biases get `0.5` times their "
            "outgoing weights, `[0.5, -0.5]`; every weight that sees a zero input gets zero."
        ),
    },
]
