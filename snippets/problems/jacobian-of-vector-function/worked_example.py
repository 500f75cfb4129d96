import jax
import jax.numpy as jnp


def tall(t):  # R^2 -> R^4: more outputs than inputs
    return jnp.array([t[0] * t[1], jnp.sin(t[0]), jnp.exp(t[1]), t[0] ** 2 - t[1]])


def wide(p):  # R^4 -> R^2: more inputs than outputs
    return jnp.array([jnp.sum(p**2), p[0] * p[3] - p[1] * p[2]])


t = jnp.array([0.5, -1.0])
p = jnp.array([1.0, 2.0, -1.0, 0.5])

for name, f, point in [("tall", tall, t), ("wide", wide, p)]:
    forward, reverse = jax.jacfwd(f)(point), jax.jacrev(f)(point)
    print(name, "shape (outputs, inputs):", forward.shape, "agree:", jnp.allclose(forward, reverse))

print(jax.jacfwd(tall)(t))

# jacfwd builds the matrix column by column: one JVP per input direction ...
_, column_0 = jax.jvp(tall, (t,), (jnp.array([1.0, 0.0]),))
print("column 0 by jvp:", column_0)

# ... and jacrev row by row: one VJP per output.
_, pull = jax.vjp(wide, p)
(row_1,) = pull(jnp.array([0.0, 1.0]))
print("row 1 by vjp:   ", row_1)
print("row 1 of jacrev:", jax.jacrev(wide)(p)[1])
