# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            "logistic_regression_step(jnp.zeros(1), jnp.float32(0.0), "
            "jnp.array([[1.0], [-1.0]]), jnp.array([1.0, 0.0]), 1.0)"
        ),
        "explanation": (
            "At zero parameters both probabilities are `0.5`, so the errors `σ(z) − y` are "
            "`−0.5` and `+0.5`. The weight's gradient is `1·(−0.5) + (−1)·0.5 = −1`, and the "
            "bias's is their sum, `0`: the step raises the weight to `1` and leaves the bias."
        ),
    },
    {
        "call": (
            "logistic_regression_step(jnp.array([2.0, -1.0]), jnp.float32(1.0), "
            "jnp.array([[1.0, 1.0], [0.0, 3.0], [2.0, 0.0]]), jnp.array([1.0, 0.0, 1.0]), 0.5)"
        ),
        "explanation": (
            "The logits are `2`, `−2` and `5`, each on the side of its label, so the errors "
            "`σ(z) − y` are small: about `−0.12`, `+0.12` and `−0.007`. The first two cancel "
            "in the bias's gradient, their sum, so the bias barely moves."
        ),
    },
]
