"""relu, gelu (approximate and exact), silu, softplus, sigmoid values and gradients, including at 0."""
import jax
import jax.numpy as jnp

x = jnp.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print("relu:", jax.nn.relu(x))
print("gelu:", jax.nn.gelu(x))
print("gelu exact:", jax.nn.gelu(x, approximate=False))
print("silu:", jax.nn.silu(x))
print("softplus:", jax.nn.softplus(x))
print("sigmoid:", jax.nn.sigmoid(x))
for name, fn in [("relu", jax.nn.relu), ("gelu", jax.nn.gelu), ("silu", jax.nn.silu),
                 ("softplus", jax.nn.softplus), ("sigmoid", jax.nn.sigmoid), ("relu6", jax.nn.relu6),
                 ("leaky", jax.nn.leaky_relu), ("elu", jax.nn.elu)]:
    print(name, "grad:", jax.vmap(jax.grad(fn))(x))
print("relu grad at 0:", repr(jax.grad(jax.nn.relu)(0.0)))
print("maximum grad at 0:", repr(jax.grad(lambda x: jnp.maximum(x, 0.0))(0.0)))
print("abs grad at 0:", repr(jax.grad(jnp.abs)(0.0)))
print("relu int:", jax.nn.relu(jnp.array([-1, 2])))
print("second deriv gelu at 0:", jax.grad(jax.grad(jax.nn.gelu))(0.0))
