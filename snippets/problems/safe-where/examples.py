# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "spread_gradient(jnp.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))",
        "explanation": (
            "No two points coincide. Each row is a sum of unit vectors pointing away from the "
            "other two points: moving a point away from the rest increases the spread."
        ),
    },
    {
        "call": "spread_gradient(jnp.array([[1.0, 1.0], [1.0, 1.0], [4.0, 5.0]]))",
        "explanation": (
            "The first two points coincide, so their pair contributes nothing. Each of them "
            "is pushed away from the third point along the unit vector (-0.6, -0.8), and the "
            "third point gets one such unit vector, reversed, from each of them."
        ),
    },
]
