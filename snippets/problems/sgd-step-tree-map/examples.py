# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            'sgd_step({"w": jnp.array([1.0, 2.0]), "b": jnp.float32(0.5)}, '
            '{"w": jnp.array([10.0, -10.0]), "b": jnp.float32(1.0)}, 0.1)'
        ),
        "explanation": (
            "Each leaf moves by `0.1` times its own gradient: `w` becomes "
            "`[1 - 1, 2 + 1]` and `b` becomes `0.5 - 0.1`. The result's keys come out sorted: "
            "pytree functions rebuild every dict in sorted key order."
        ),
    },
    {
        "call": (
            "sgd_step([(jnp.array([3.0]), jnp.float32(0.0))], "
            "[(jnp.array([2.0]), jnp.float32(-4.0))], 0.5)"
        ),
        "explanation": (
            "A list holding one `(w, b)` tuple: the result is again a list of one tuple, "
            "with `w = 3 - 0.5 · 2` and `b = 0 - 0.5 · (-4)`."
        ),
    },
]
