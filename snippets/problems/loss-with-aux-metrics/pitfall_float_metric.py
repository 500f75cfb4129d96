import jax
import jax.numpy as jnp


def loss_fn(w, x, y):
    loss = jnp.mean((x @ w - y) ** 2)
    return loss, {"loss": float(loss)}  # a Python float for the log?


x = jnp.array([[1.0, 0.0], [0.0, 1.0]])
y = jnp.array([1.0, -1.0])

try:
    jax.grad(loss_fn, has_aux=True)(jnp.zeros(2), x, y)
except jax.errors.ConcretizationTypeError as err:
    print(f"{type(err).__name__}: {err}")


def loss_fn_fixed(w, x, y):
    loss = jnp.mean((x @ w - y) ** 2)
    return loss, {"loss": loss}  # keep it an array; convert after grad returns


grad, metrics = jax.grad(loss_fn_fixed, has_aux=True)(jnp.zeros(2), x, y)
print(grad, float(metrics["loss"]))
