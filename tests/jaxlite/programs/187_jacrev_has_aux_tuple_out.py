"""jacrev and jacfwd with has_aux=True, argnums tuples, and the aux passing through untouched."""
import jax
import jax.numpy as jnp


def f(x, y):
    out = jnp.array([x[0] * y, x[1] ** 2, jnp.sin(x[0])])
    aux = {"norm": jnp.linalg.norm(x), "count": 3}
    return out, aux


x = jnp.array([1.0, 2.0])
y = 3.0
J, aux = jax.jacrev(f, has_aux=True)(x, y)
print("J:", J)
print("aux:", aux)
print("aux count type:", type(aux["count"]).__name__)
Jf, auxf = jax.jacfwd(f, has_aux=True)(x, y)
print("fwd agrees:", bool(jnp.allclose(J, Jf)))
print("auxf norm:", auxf["norm"])
(Jx, Jy), aux2 = jax.jacrev(f, argnums=(0, 1), has_aux=True)(x, y)
print("Jx shape:", Jx.shape, "Jy:", Jy)
try:
    jax.jacrev(f)(x, y)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jacrev(lambda x: jnp.sin(x), has_aux=True)(x)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0].split(", but got")[0])
