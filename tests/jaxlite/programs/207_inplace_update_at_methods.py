"""In-place update mistakes (x[0] = 1, +=) and the .at[] set/add/mul/min/max/get alternatives, with grads."""
import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0, 4.0])
try:
    x[0] = 10.0
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    x[1:3] += 1.0
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("set:", x.at[0].set(10.0))
print("add slice:", x.at[1:3].add(1.0))
print("mul:", x.at[-1].mul(0.5))
print("min/max:", x.at[0].min(-5.0), x.at[0].max(-5.0))
print("original unchanged:", x)
print("repeated index add:", x.at[jnp.array([0, 0, 1])].add(1.0))
print("repeated index set:", jnp.zeros(3).at[jnp.array([1, 1])].set(jnp.array([5.0, 7.0]))[0])
print("out of bounds get fill:", x.at[10].get(mode="fill", fill_value=-1.0))
print("out of bounds set dropped:", x.at[10].set(99.0))
print("clip get:", x.at[10].get())
g = jax.grad(lambda x: jnp.sum(x.at[1].set(0.0) ** 2))(x)
print("grad through set:", g)
g2 = jax.grad(lambda x: jnp.sum(x.at[1].mul(3.0)))(x)
print("grad through mul:", g2)
g3 = jax.grad(lambda v: jnp.sum(jnp.zeros(4).at[2].set(v) * x))(1.5)
print("grad wrt set value:", repr(g3))
M = jnp.zeros((2, 3))
print("2d at:", M.at[:, 1].set(jnp.array([1.0, 2.0])))
print("int into float:", jnp.zeros(2).at[0].set(3))
print("float into int:", jnp.zeros(2, dtype=jnp.int32).at[0].set(2.7))
