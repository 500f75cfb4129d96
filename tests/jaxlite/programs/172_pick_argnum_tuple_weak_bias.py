"""Saliency with argnums=2, via a closure, via jacrev; python-float bias weak types and default argnums mistake."""
import jax
import jax.numpy as jnp


def probability(w, b, x):
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


w = jnp.array([0.5, -1.0, 2.0])
x = jnp.array([0.2, 0.4, 0.6])
b = -0.5
s = jax.grad(probability, argnums=2)(w, b, x)
z = w @ x + b
print("saliency:", s)
print("closed form:", jax.nn.sigmoid(z) * (1 - jax.nn.sigmoid(z)) * w)
print("closure:", jax.grad(lambda x: probability(w, b, x))(x))
print("jacrev:", jax.jacrev(probability, argnums=2)(w, b, x))
print("default argnums (wrt w):", jax.grad(probability)(w, b, x))
gb = jax.grad(probability, argnums=1)(w, b, x)
print("wrt python-float b:", repr(gb))
gb2 = jax.grad(probability, argnums=1)(w, jnp.float32(b), x)
print("wrt float32 b:", repr(gb2))
all3 = jax.grad(probability, argnums=(0, 1, 2))(w, b, x)
print("all three:", [type(g).__name__ for g in all3], [g.shape for g in all3])
try:
    jax.grad(probability, argnums=2)(w, b=b, x=x)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("keyword for a non-differentiated arg is fine:", jax.grad(lambda x, w, b: probability(w, b, x))(x, w=w, b=b))
pixels = jnp.array([10, 200, 55], dtype=jnp.uint8)
print("uint8 pixels:", pixels.dtype, pixels.astype(jnp.float32) / 255.0)
try:
    jax.grad(probability, argnums=2)(w, b, pixels)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("uint8 overflow:", pixels + jnp.uint8(100))
print("w @ uint8 dtype:", (w @ pixels).dtype)
