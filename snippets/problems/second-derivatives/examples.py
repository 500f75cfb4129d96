# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "derivatives_at(1.0)",
        "explanation": (
            "By hand, f′(x) = 3x² sin x + x³ cos x, so f′(1) = 3 sin 1 + cos 1 ≈ 3.06. "
            "The second and third come from differentiating that again, and again: by hand "
            "the product rule makes the expressions grow, while `jax.grad` just nests."
        ),
    },
    {
        "call": "derivatives_at(-1.0)",
        "explanation": (
            "`f` is even (x³ and sin x are both odd), so f′ and f‴ are odd and f″ is even: "
            "the first and third numbers flip sign from the example above, the second stays."
        ),
    },
]
