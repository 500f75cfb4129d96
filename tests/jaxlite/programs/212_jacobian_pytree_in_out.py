"""jacfwd/jacrev with dict inputs and tuple outputs: nesting order output-major, shapes concatenated."""
import jax
import jax.numpy as jnp


def f(p):
    a, b = p["a"], p["b"]
    return (a * b[0], jnp.stack([jnp.sum(b), a ** 2]))


p = {"a": 2.0, "b": jnp.array([1.0, 3.0, -1.0])}
Jr = jax.jacrev(f)(p)
Jf = jax.jacfwd(f)(p)
print("type outer:", type(Jr).__name__, len(Jr))
print("inner keys:", sorted(Jr[0].keys()))
for i in range(2):
    for k in ["a", "b"]:
        print(i, k, Jr[i][k].shape, Jr[i][k])
print("fwd == rev:", all(bool(jnp.allclose(x, y)) for x, y in zip(jax.tree_util.tree_leaves(Jr), jax.tree_util.tree_leaves(Jf))))
print(jax.tree_util.tree_structure(Jf))
try:
    jax.jacrev(f)({"a": 2, "b": jnp.array([1.0, 3.0, -1.0])})
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
J2 = jax.jacobian(lambda x: {"sq": x ** 2, "s": jnp.sum(x)})(jnp.array([1.0, 2.0]))
print("dict out:", J2)
