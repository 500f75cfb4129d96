"""Linear-regression training mistakes: one argnum unpacked into two, aux without has_aux, has_aux with a non-pair, and a list-typed x."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 0.0], [0.0, 1.0, 1.0], [1.0, -1.0, 2.0], [2.0, 0.0, 1.0]])
y = jnp.array([1.0, 0.5, -1.0, 2.0])
w, b = jnp.zeros(3), jnp.zeros(())


def loss(w, b):
    return jnp.mean((x @ w + b - y) ** 2)


def loss_aux(w, b):
    pred = x @ w + b
    return jnp.mean((pred - y) ** 2), pred


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0])


def unpack_one_argnum():
    value, (gw, gb) = jax.value_and_grad(loss)(w, b)
    return gw, gb


attempt("missing argnums", unpack_one_argnum)
attempt("aux without flag", lambda: jax.value_and_grad(loss_aux, argnums=(0, 1))(w, b))
attempt("has_aux on scalar loss", lambda: jax.value_and_grad(loss, has_aux=True)(w, b))
attempt("has_aux with triple", lambda: jax.grad(lambda w, b: (loss(w, b), 1.0, 2.0), has_aux=True)(w, b))
attempt("list as x", lambda: jax.grad(lambda w: jnp.mean(([[1.0, 2.0, 0.0]] @ w - 1.0) ** 2))(w))

(value, pred), (gw, gb) = jax.value_and_grad(loss_aux, argnums=(0, 1), has_aux=True)(w, b)
print("value:", value)
print("pred:", pred)
print("gw:", gw, "gb:", gb)
print("hand gw:", 2 * x.T @ (pred - y) / x.shape[0])

w2 = jnp.zeros(2)
x2 = x[:, :2]
value2, g2 = jax.value_and_grad(lambda w, b: jnp.mean((x2 @ w + b - y) ** 2))(w2, b)
gw_wrong, gb_wrong = g2
print("w with two entries unpacks silently:", gw_wrong, gb_wrong)
