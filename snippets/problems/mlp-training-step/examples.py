# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            'mlp_train_step({"hidden": {"w": jnp.zeros((1, 2)), "b": jnp.zeros(2)}, '
            '"output": {"w": jnp.zeros((2, 1)), "b": jnp.zeros(1)}}, '
            "jnp.array([[1.0], [2.0]]), jnp.array([[2.0], [4.0]]), 0.25)"
        ),
        "explanation": (
            "Every parameter is zero, so the prediction is `0` and the loss is "
            "`(2² + 4²) / 2 = 10`. Only the output bias has a gradient, `mean(2 · (0 - y)) = -6`, "
            "and the step moves it to `0 - 0.25 · (-6) = 1.5`. The loss is from before the step."
        ),
    },
    {
        "call": (
            'mlp_train_step({"hidden": {"w": jnp.array([[1.0, -1.0]]), "b": jnp.zeros(2)}, '
            '"output": {"w": jnp.array([[1.0], [1.0]]), "b": jnp.zeros(1)}}, '
            "jnp.array([[3.0]]), jnp.array([[1.0]]), 0.1)"
        ),
        "explanation": (
            "One example: the hidden pre-activations are `3` and `-3`, so only the first unit "
            "is on and the prediction is `3`. The error `2` gives the output bias a gradient of "
            "`4`; the second unit is off, so its weights and bias get no gradient and keep "
            "their values."
        ),
    },
]
