"""vjp pitfalls: calling the pair, a tuple result used as an array, wrong-shape then int cotangent (uncaught)."""
import jax
import jax.numpy as jnp

w = jnp.array([[2.0, 0.0, -1.0], [1.0, 1.0, 1.0]])
x = jnp.array([0.5, 0.0, -0.5])


def f(x):
    return w @ jnp.tanh(x)


result = jax.vjp(f, x)
print("vjp returns:", type(result).__name__, len(result))
try:
    result(jnp.ones(2))
except TypeError as e:
    print("calling the pair:", type(e).__name__, "|", str(e).splitlines()[0])

out, pullback = result
print("out shape:", out.shape, "dtype:", out.dtype)
cot = pullback(jnp.array([1.0, 0.0]))
print("pullback gives:", type(cot).__name__, "of", len(cot))
try:
    print(cot.shape)
except AttributeError as e:
    print("tuple as array:", type(e).__name__, "|", str(e).splitlines()[0])
(g,) = cot
print("row 0 of J:", g)

for bad in [jnp.ones(3), jnp.ones((2, 1)), 1.0]:
    try:
        pullback(bad)
        print("accepted", jnp.shape(bad))
    except Exception as e:
        print("cotangent", jnp.shape(bad), "->", type(e).__name__, "|", str(e).splitlines()[0])

print("float32 cotangent ok:", pullback(jnp.array([0.0, 1.0], dtype=jnp.float32))[0])
print("list cotangent:")
try:
    print(pullback([0.0, 1.0]))
except Exception as e:
    print("  ", type(e).__name__, "|", str(e).splitlines()[0])
int_cot = jnp.array([1, 2])
print("int cotangent dtype:", int_cot.dtype)
pullback(int_cot)
