import jax
import jax.numpy as jnp


# The per-example loss softplus(z) - y*z is the negative log-likelihood of label y under
# probability sigmoid(z). Its derivative in z is the prediction error sigmoid(z) - y.
def nll(z, y):
    return jnp.sum(jax.nn.softplus(z) - y * z)


z = jnp.array([-3.0, 0.0, 2.0, 30.0])
for y in (0.0, 1.0):
    print(f"y={y}: grad {jax.grad(nll)(z, y)}  sigmoid(z) - y {jax.nn.sigmoid(z) - y}")


# A model with two parameter arguments: argnums=(0, 1) returns one gradient for each,
# in a tuple, in the same order as the arguments.
def loss(slope, offset):
    t = jnp.array([0.0, 1.0, 2.0])
    hits = jnp.array([0.0, 0.0, 1.0])
    z = slope * t + offset
    return jnp.sum(jax.nn.softplus(z) - hits * z)


slope, offset = jnp.array(0.5), jnp.array(0.0)
for step in range(3):
    d_slope, d_offset = jax.grad(loss, argnums=(0, 1))(slope, offset)
    print(f"step {step}: loss {loss(slope, offset):.4f}  grads {d_slope:.4f} {d_offset:.4f}")
    slope, offset = slope - 0.5 * d_slope, offset - 0.5 * d_offset
