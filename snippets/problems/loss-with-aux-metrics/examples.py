# The two illustrative examples on the page; the build checks that neither is a check case.
# Each call is evaluated with `jax` and `jnp` (jax.numpy) in scope.

EXAMPLES = [
    {
        "call": (
            'grad_and_metrics({"w": jnp.array([1.0]), "b": jnp.array(0.0)}, '
            "jnp.array([[2.0], [-2.0]]), jnp.array([1.0, 1.0]))"
        ),
        "explanation": (
            "The logits are `2` and `−2`: the first example is classified correctly, the second "
            "is not, so the accuracy is `0.5`. The gradient of each example's loss is "
            "`(σ(z) − label) · x`; the misclassified one dominates and pushes `w` down."
        ),
    },
    {
        "call": (
            'grad_and_metrics({"w": jnp.array([0.0, 0.0]), "b": jnp.array(2.0)}, '
            "jnp.array([[1.0, -1.0]]), jnp.array([0.0]))"
        ),
        "explanation": (
            "With zero weights the logit is the bias, `2`: the model says 1, the label is 0, "
            "accuracy `0`. The bias gradient is `σ(2) − 0 ≈ 0.88`, and the weights' gradient "
            "is that times the features."
        ),
    },
]
