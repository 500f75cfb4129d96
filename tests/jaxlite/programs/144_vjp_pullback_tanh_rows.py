"""Pull cotangents back through W tanh(x) with jax.vjp; rebuild the Jacobian row by row and compare."""
import jax
import jax.numpy as jnp


def vjp_pullback(w, x, u):
    def f(x):
        return w @ jnp.tanh(x)
    _, pullback = jax.vjp(f, x)
    (g,) = pullback(u)
    return g


w = jnp.array([[1.0, -2.0, 0.5], [0.0, 1.0, 3.0]])
x = jnp.array([0.3, -0.7, 1.2])
u = jnp.array([1.0, -0.5])

g = vjp_pullback(w, x, u)
print("u^T J:", g, g.shape, g.dtype)
closed = (u @ w) * (1 - jnp.tanh(x) ** 2)
print("closed form:", bool(jnp.allclose(g, closed, atol=1e-6)))

f = lambda x: w @ jnp.tanh(x)
out, pullback = jax.vjp(f, x)
print("primal output:", out)
rows = [pullback(e)[0] for e in jnp.eye(2)]
J = jnp.stack(rows)
print("Jacobian from pullbacks:\n", J)
print("matches jacrev:", bool(jnp.allclose(J, jax.jacrev(f)(x))))
print("matches jacfwd:", bool(jnp.allclose(J, jax.jacfwd(f)(x))))
print("vmap over cotangents:", bool(jnp.allclose(jax.vmap(pullback)(jnp.eye(2))[0], J)))

# two primals: the pullback returns one cotangent per argument
out2, pb2 = jax.vjp(lambda w, x: w @ jnp.tanh(x), w, x)
gw, gx = pb2(u)
print("two cotangents shapes:", gw.shape, gx.shape)
print("gw is outer(u, tanh x):", bool(jnp.allclose(gw, jnp.outer(u, jnp.tanh(x)))))
print("gx same as before:", bool(jnp.allclose(gx, g)))

# grad is a vjp with cotangent 1.0
scalar = lambda x: jnp.sum(jnp.tanh(x) ** 2)
_, pb = jax.vjp(scalar, x)
print("vjp with 1.0 == grad:", bool(jnp.allclose(pb(1.0)[0], jax.grad(scalar)(x))))
print("pullback output type:", type(pb(1.0)).__name__, len(pb(1.0)))
