# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            'mlp_params_gradient({"layer1": {"w": jnp.zeros((1, 2)), "b": jnp.zeros(2)}, '
            '"layer2": {"w": jnp.zeros((2, 1)), "b": jnp.zeros(1)}}, '
            "jnp.array([[1.0], [2.0]]), jnp.array([[1.0], [3.0]]))"
        ),
        "explanation": (
            "With every parameter zero the hidden units are `tanh(0) = 0`, so only the "
            "output bias moves the loss: its gradient is the mean of `2 · (0 - y)`, "
            "`-(1 + 3) = -4`. Every other gradient is zero. Note the keys: `b` before `w`."
        ),
    },
    {
        "call": (
            'mlp_params_gradient({"layer1": {"w": jnp.array([[1.0]]), "b": jnp.array([0.0])}, '
            '"layer2": {"w": jnp.array([[2.0]]), "b": jnp.array([0.0])}}, '
            "jnp.array([[0.0]]), jnp.array([[1.0]]))"
        ),
        "explanation": (
            "One example at `x = 0`: the hidden unit is `0` and the prediction `0`, so the "
            "error is `-1` and the output bias gets `2 · (-1) = -2`. The first layer's bias "
            "feels it through `W2 = 2` and `tanh'(0) = 1`: `-2 · 2 = -4`. Both weights see an "
            "input of zero and get zero."
        ),
    },
]
