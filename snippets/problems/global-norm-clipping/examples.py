# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            'clip_by_global_norm({"w": jnp.array([6.0, 0.0]), "b": jnp.array([8.0])}, 5.0)'
        ),
        "explanation": (
            "The leaves hold `6`, `0` and `8`, so the global norm is `√(36 + 64) = 10`. That "
            "is twice `max_norm`, so every leaf is halved: `w = [3, 0]`, `b = [4]`, and the "
            "clipped tree's norm is exactly `5`."
        ),
    },
    {
        "call": "clip_by_global_norm([jnp.array([0.3]), jnp.array([[0.4]])], 1.0)",
        "explanation": (
            "The global norm is `√(0.09 + 0.16) = 0.5`, already under `max_norm = 1`: the "
            "factor is `1` and the list comes back unchanged, next to the norm."
        ),
    },
]
