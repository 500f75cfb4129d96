"""value_and_grad pitfalls: using the pair as the gradient, swapped unpacking, per-example losses (uncaught)."""
import jax
import jax.numpy as jnp

w = jnp.array([0.1, 0.2])
x = jnp.array([[1.0, 2.0], [0.5, -1.0], [2.0, 0.0]])
counts = jnp.array([3.0, 0.0, 1.0])


def loss(w):
    z = x @ w
    return jnp.mean(jnp.exp(z) - counts * z)


pair = jax.value_and_grad(loss)(w)
try:
    w - 0.1 * pair
except TypeError as e:
    print("pair arithmetic:", type(e).__name__, "|", str(e).splitlines()[0])

try:
    print(pair.shape)
except AttributeError as e:
    print("pair.shape:", type(e).__name__, "|", str(e).splitlines()[0])

g_swapped, v_swapped = jax.value_and_grad(loss)(w)
print("swapped 'grad' shape:", jnp.shape(g_swapped), "'value' shape:", jnp.shape(v_swapped))
print("swapped update moves all weights equally:", w - 0.1 * g_swapped)
v, g = pair
print("right update:", w - 0.1 * g)

# has_aux with value_and_grad nests ((value, aux), grad)
(v_aux, aux), g_aux = jax.value_and_grad(lambda w: (loss(w), {"rate": jnp.exp(x @ w)}), has_aux=True)(w)
print("aux rate:", aux["rate"])
print("same value:", bool(v_aux == v), "same grad:", bool(jnp.allclose(g_aux, g)))


def per_example(w):
    z = x @ w
    return jnp.exp(z) - counts * z


print("per-example values:", per_example(w))
jax.value_and_grad(per_example)(w)
