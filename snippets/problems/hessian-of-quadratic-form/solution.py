import jax


def hessian_of_form(a, b, x):
    """Hessian with respect to ``x`` of ``f(x) = x @ a @ x + b @ x``."""

    def form(x):
        return x @ a @ x + b @ x

    return jax.hessian(form)(x)
