"""vjp with a dict input, has_aux, rows of J from unit cotangents, and vjp vs grad for a scalar output."""
import jax
import jax.numpy as jnp

W = jnp.array([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0]])


def f(x):
    return W @ jnp.tanh(x)


x = jnp.array([0.1, -0.3, 0.8])
u = jnp.array([1.0, 2.0])
y, pull = jax.vjp(f, x)
(g,) = pull(u)
print("y:", y)
print("u^T J:", g)
print("closed:", (u @ W) * (1 - jnp.tanh(x) ** 2))
rows = jax.vmap(lambda e: pull(e)[0])(jnp.eye(2))
print("rows == jacrev:", bool(jnp.allclose(rows, jax.jacrev(f)(x))))
params = {"w": W, "s": jnp.array(2.0)}
y2, pull2 = jax.vjp(lambda p: p["s"] * (p["w"] @ x), params)
ct = pull2(u)
print("dict cotangent:", type(ct).__name__, type(ct[0]).__name__, sorted(ct[0]))
print("ds:", ct[0]["s"], "dw:", ct[0]["w"])
y3, pull3, aux = jax.vjp(lambda x: (f(x), jnp.sum(x)), x, has_aux=True)
print("aux:", aux, "pullback:", pull3(u)[0])
y4, pull4 = jax.vjp(lambda a, b: a * b, 2.0, 3.0)
print("two primals:", pull4(1.0))
s, pull5 = jax.vjp(lambda x: jnp.sum(x ** 2), x)
print("scalar out pullback(1.0):", pull5(1.0)[0], "grad:", jax.grad(lambda x: jnp.sum(x ** 2))(x))
try:
    pull2({"w": u})
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    pull(u, u)
except Exception as e:
    print(type(e).__name__, "|", [l for l in str(e).splitlines() if l.strip()][0])
print("pullback reused:", pull(jnp.array([0.0, 1.0]))[0])
print("jit pullback:", jax.jit(lambda u: pull(u)[0])(u))
