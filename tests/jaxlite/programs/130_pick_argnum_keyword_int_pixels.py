"""argnums mistakes: keyword arguments, integer pixels, out-of-range argnums; then the fix."""
import jax
import jax.numpy as jnp


def probability(w, b, x):
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


w = jnp.array([0.01, -0.02, 0.03])
b = 0.1
pixels = jnp.array([120, 30, 255])
print("pixels dtype:", pixels.dtype)

attempts = {
    "keyword x": lambda: jax.grad(probability, argnums=2)(w, b, x=pixels.astype(jnp.float32)),
    "int pixels": lambda: jax.grad(probability, argnums=2)(w, b, pixels),
    "argnums=3": lambda: jax.grad(probability, argnums=3)(w, b, pixels.astype(jnp.float32)),
    "python list x": lambda: jax.grad(probability, argnums=2)(w, b, [1.0, 2.0, 3.0]),
}
for name, thunk in attempts.items():
    try:
        out = thunk()
        print(name, "-> ok", out)
    except Exception as e:
        print(name, "->", type(e).__name__, "|", str(e).splitlines()[0])

x = pixels.astype(jnp.float32) / 255.0
print("x:", x, x.dtype)
s = jax.grad(probability, argnums=2)(w, b, x)
print("saliency:", s)
# w may be anything the function accepts; int w is fine when x is differentiated
s_int_w = jax.grad(probability, argnums=2)(jnp.array([1, -2, 3]), 0.0, x)
print("int w, float x:", s_int_w, s_int_w.dtype)
g_b = jax.grad(probability, argnums=1)(w, b, x)
print("grad wrt b:", g_b, "weak:", g_b.weak_type)
