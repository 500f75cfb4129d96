import jax
import jax.numpy as jnp

# A curve fit whose parameters are grouped by kind, in a nested dict.
params = {
    "line": {"slope": jnp.float32(0.0), "intercept": jnp.float32(0.0)},
    "bend": {"curvature": jnp.float32(0.0)},
}
t = jnp.array([-1.0, 0.0, 1.0, 2.0])
target = jnp.array([2.0, 1.0, 2.0, 5.0])  # 1 + t², exactly


def loss(p):
    fit = p["line"]["slope"] * t + p["line"]["intercept"] + p["bend"]["curvature"] * t**2
    return jnp.mean((fit - target) ** 2)


# One call gives the loss at these parameters and a gradient tree shaped like them.
value, grads = jax.value_and_grad(loss)(params)
print(value, loss(params))
print(grads)

# The update walks both trees at once; no key is named.
for step in range(4):
    value, grads = jax.value_and_grad(loss)(params)
    params = jax.tree.map(lambda p, g: p - 0.05 * g, params, grads)
    print(step, value, "->", loss(params))  # the value is from before the step
