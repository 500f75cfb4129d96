"""Linear-regression mistakes: value_and_grad without argnums, a pair-returning loss without has_aux."""
import jax
import jax.numpy as jnp


def loss(w, b, x, y):
    return jnp.mean((x @ w + b - y) ** 2)


x = jnp.array([[1.0, 2.0], [3.0, 4.0], [0.5, -1.0]])
y = jnp.array([1.0, 0.0, 2.0])
w = jnp.array([0.1, 0.2])
b = 0.0

val, g = jax.value_and_grad(loss)(w, b, x, y)
print("value:", val, "grad shape:", g.shape)
gw, gb = g  # silently splits w's gradient
print("'gw':", repr(gw), "'gb':", repr(gb))
val, (gw, gb) = jax.value_and_grad(loss, argnums=(0, 1))(w, b, x, y)
print("right gw:", gw, "gb:", repr(gb))
w3 = jnp.array([0.1, 0.2, 0.3])
x3 = jnp.ones((3, 3))
try:
    _, (a, c) = jax.value_and_grad(loss)(w3, b, x3, y)
except ValueError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])


def loss_with_pred(w, b, x, y):
    pred = x @ w + b
    return jnp.mean((pred - y) ** 2), pred


try:
    jax.value_and_grad(loss_with_pred, argnums=(0, 1))(w, b, x, y)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
(v, pred), grads = jax.value_and_grad(loss_with_pred, argnums=(0, 1), has_aux=True)(w, b, x, y)
print("value:", v, "pred:", pred)
print("grads:", grads)
print("nesting:", jax.tree_util.tree_structure(((v, pred), grads)))
out = jax.grad(loss_with_pred, has_aux=True)(w, b, x, y)
print("grad has_aux returns:", type(out).__name__, len(out), out[0].shape, out[1].shape)
try:
    jax.value_and_grad(loss, has_aux=True)(w, b, x, y)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
