# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "input_saliency(jnp.array([2.0, -4.0]), 0.0, jnp.array([1.0, 0.5]))",
        "explanation": (
            "The logit is `2·1 − 4·0.5 + 0 = 0`, so the probability is `0.5` and its slope "
            "`0.5 · (1 − 0.5) = 0.25`. Each input's gradient is that slope times its weight."
        ),
    },
    {
        "call": "input_saliency(jnp.array([1.0, 0.0, -1.0]), 10.0, jnp.array([0.0, 5.0, 0.0]))",
        "explanation": (
            "A logit of `10` puts the sigmoid deep in its flat tail: the probability barely "
            "moves, so every entry is tiny. The middle input has weight `0` and no influence "
            "at all, whatever its value."
        ),
    },
]
