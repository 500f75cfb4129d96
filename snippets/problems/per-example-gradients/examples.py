# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "per_example_gradients(jnp.zeros(2), jnp.array([[1.0, 2.0], [3.0, -1.0]]), "
            "jnp.array([1.0, 0.0]))"
        ),
        "explanation": (
            "With `w = 0` every logit is 0 and the predicted probability is σ(0) = 0.5. Each "
            "row is `(σ(logit) − y) · x`: `−0.5 · [1, 2]` for the positive example and "
            "`+0.5 · [3, −1]` for the negative one."
        ),
    },
    {
        "call": (
            "per_example_gradients(jnp.array([10.0]), jnp.array([[1.0], [-1.0], [0.0]]), "
            "jnp.array([1.0, 1.0, 1.0]))"
        ),
        "explanation": (
            "Three positive examples. The first is already classified with confidence "
            "(logit 10), so its gradient is almost zero; the second has logit −10, is "
            "confidently wrong, and pulls with nearly its full size; the third has `x = 0` "
            "and no influence on `w` at all (`-0.` is a signed zero)."
        ),
    },
]
