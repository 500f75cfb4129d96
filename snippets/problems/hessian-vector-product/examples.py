# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": "hvp(jnp.zeros(2), jnp.array([[1.0, 0.0], [0.0, 2.0]]), jnp.array([1.0, 1.0]))",
        "explanation": (
            "At `w = 0` every example has logit 0, where softplus curves by σ(0)(1 − σ(0)) = "
            "0.25. The Hessian is `0.25 · xᵀx = diag(0.25, 1)`, and times `[1, 1]` that gives "
            "its diagonal."
        ),
    },
    {
        "call": "hvp(jnp.array([1.0, 1.0]), jnp.array([[1.0, -1.0]]), jnp.array([1.0, 1.0]))",
        "explanation": (
            "One example, so the Hessian is `c · x xᵀ` with `c` the curvature at logit 0. The "
            "direction `[1, 1]` is orthogonal to `x = [1, −1]`, so the product is zero: the "
            "loss is flat along it (`-0.` is a signed zero)."
        ),
    },
]
