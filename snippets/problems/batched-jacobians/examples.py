# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "arm_jacobians(jnp.array([1.0, 1.0]), jnp.array([[0.0, 0.0]]))",
        "explanation": (
            "One configuration, both links along the x-axis, so the tip is at `(2, 0)`. Turning "
            "the first joint swings the whole arm, a lever of length 2, so the tip moves "
            "straight up at speed 2; the second joint moves only the last link: speed 1. No "
            "joint moves the tip along x, to first order."
        ),
    },
    {
        "call": (
            "arm_jacobians(jnp.array([3.0]), jnp.array([[0.0], [jnp.pi / 2]]))"
        ),
        "explanation": (
            "One link of length 3 in two poses: a batch of two `2 × 1` Jacobians. Pointing "
            "along x, the tip moves along y; pointing along y, it moves towards −x. The "
            "`-1.3e-07` is `3 · cos` of float32's π/2, which is not exactly π/2."
        ),
    },
]
