# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "softplus_with_slope(jnp.array([-2.0, 0.0, 2.0]))",
        "explanation": (
            "At 0 the value is log 2 and the slope is exactly one half. The slopes at -2 and 2 "
            "add up to 1, and the values differ by exactly 2: softplus(x) - softplus(-x) = x."
        ),
    },
    {
        "call": "softplus_with_slope(jnp.array([90.0, 1000.0]))",
        "explanation": (
            "exp(90) is already beyond float32's largest number, yet the values come out as "
            "the inputs themselves and the slopes as 1, which is what softplus approaches "
            "far to the right."
        ),
    },
]
