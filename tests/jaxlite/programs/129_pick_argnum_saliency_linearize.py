"""Input saliency with grad(argnums=2), compared with jvp, linearize and a closure over w and b."""
import functools

import jax
import jax.numpy as jnp


def probability(w, b, x):
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


def input_saliency(w, b, x):
    return jax.grad(probability, argnums=2)(w, b, x)


w = jnp.array([1.5, -2.0, 0.5, 0.0])
b = -0.25
x = jnp.array([0.2, 0.1, -0.4, 3.0])

s = input_saliency(w, b, x)
print("saliency:", s)
z = jnp.dot(w, x) + b
print("closed form:", bool(jnp.allclose(s, jax.nn.sigmoid(z) * (1 - jax.nn.sigmoid(z)) * w)))
print("wrong (default argnums = w):", jax.grad(probability)(w, b, x))

# closure / partial: x becomes the only argument
p_of_x = functools.partial(probability, w, b)
print("partial agrees:", bool(jnp.allclose(jax.grad(p_of_x)(x), s)))

# directional derivatives along basis vectors via jvp recover each entry
for i in range(4):
    e = jnp.zeros(4).at[i].set(1.0)
    _, t = jax.jvp(p_of_x, (x,), (e,))
    print(f"jvp along e{i}: {float(t):.6f}")

y, lin = jax.linearize(p_of_x, x)
print("linearize primal:", y)
print("linearize tangent of s itself:", lin(s))
print("equals |s|^2:", bool(jnp.allclose(lin(s), jnp.dot(s, s))))

all_three = jax.grad(probability, argnums=(0, 1, 2))(w, b, x)
print("argnums (0,1,2) shapes:", [jnp.shape(g) for g in all_three])
print("b gradient:", all_three[1])
