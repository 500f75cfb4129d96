"""Newton's method on a 2-D function inside lax.scan, with hessian/jacfwd(jacrev) and has_aux metrics."""
import jax
import jax.numpy as jnp


def f(x):
    return (x[0] - 1.0) ** 4 + (x[1] + 2.0) ** 2 + x[0] * x[1] * 0.1


def f_aux(x):
    return f(x), {"x0": x[0]}


def newton(x, _):
    g = jax.grad(f)(x)
    H = jax.hessian(f)(x)
    step = jnp.linalg.solve(H, g)
    return x - step, jnp.linalg.norm(g)


x0 = jnp.array([3.0, 0.0])
xf, gn = jax.lax.scan(newton, x0, None, length=25)
print("final x:", jnp.round(xf, 4))
print("grad norm at end < 1e-4:", bool(jax.numpy.linalg.norm(jax.grad(f)(xf)) < 1e-4))
print("first gnorms:", gn[:3])
H1 = jax.hessian(f)(x0)
H2 = jax.jacfwd(jax.jacrev(f))(x0)
H3 = jax.jacrev(jax.jacfwd(f))(x0)
print("H:", H1)
print("all agree:", bool(jnp.allclose(H1, H2) and jnp.allclose(H1, H3)))
Ha, aux = jax.hessian(f_aux, has_aux=True)(x0)
print("hessian has_aux:", bool(jnp.allclose(Ha, H1)), aux)
ga, aux2 = jax.grad(f_aux, has_aux=True)(x0)
print("grad has_aux:", ga, aux2)
try:
    Hn = jax.hessian(f_aux)(x0)
    print("forgot has_aux:", type(Hn).__name__, Hn[0].shape, Hn[1]["x0"])
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
