"""Three grad-of-quadratic mistakes caught: grad(loss(w)) instead of grad(loss), an integer w, and argnums past the arguments."""
import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0])


def loss(w, b):
    return jnp.sum((w * x + b) ** 2)


attempts = {
    "called not wrapped": lambda: jax.grad(loss(1.0, 0.0))(1.0, 0.0),
    "integer w": lambda: jax.grad(loss)(2, 0.0),
    "argnums=2": lambda: jax.grad(loss, argnums=2)(1.0, 0.0),
    "keyword w": lambda: jax.grad(loss)(w=1.0, b=0.0),
    "bool w": lambda: jax.grad(loss)(True, 0.0),
}
for name, thunk in attempts.items():
    try:
        print(name, "->", thunk())
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", str(e).splitlines()[0])

print("integer b is fine:", jax.grad(loss)(2.0, 0))
print("allow_int gives float0:", jax.grad(loss, allow_int=True)(2, 0.0).dtype == jax.dtypes.float0)
print("cast fix:", jax.grad(loss)(jnp.array(2).astype(jnp.float32), 0.0))
print("argnums=1:", jax.grad(loss, argnums=1)(1.0, 0.0))
