# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "softmax_jvp(jnp.zeros(2), jnp.array([1.0, 0.0]))",
        "explanation": (
            "Equal logits give probabilities `[0.5, 0.5]`. Raising the first logit moves "
            "probability to it from the second at rate `0.5 · 0.5 = 0.25`: the two entries "
            "of the derivative always sum to zero."
        ),
    },
    {
        "call": "softmax_jvp(jnp.array([0.0, 1.0]), jnp.array([2.0, 2.0]))",
        "explanation": (
            "A direction that raises every logit equally does not change the softmax, so the "
            "derivative is zero (up to float32 rounding)."
        ),
    },
]
