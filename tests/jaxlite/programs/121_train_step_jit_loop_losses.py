"""Jitted MLP training step with value_and_grad and tree.map, run for several steps."""
import jax
import jax.numpy as jnp


def mlp_train_step(params, x, y, lr):
    def loss(p):
        hidden = jax.nn.relu(x @ p["hidden"]["w"] + p["hidden"]["b"])
        pred = hidden @ p["output"]["w"] + p["output"]["b"]
        return jnp.mean((pred - y) ** 2)
    value, grads = jax.value_and_grad(loss)(params)
    new_params = jax.tree.map(lambda p, g: p - lr * g, params, grads)
    return new_params, value


step = jax.jit(mlp_train_step, static_argnums=3)

k1, k2 = jax.random.split(jax.random.key(42))
params = {
    "hidden": {"w": jax.random.normal(k1, (2, 8)) * 0.7, "b": jnp.full((8,), 0.1)},
    "output": {"w": jax.random.normal(k2, (8, 1)) * 0.3, "b": jnp.zeros((1,))},
}
x = jnp.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = jnp.array([[0.0], [1.0], [1.0], [0.0]])

losses = []
for i in range(60):
    params, value = step(params, x, y, 0.1)
    losses.append(float(value))
print("first loss:", round(losses[0], 4))
print("loss decreased:", losses[-1] < losses[0])
print("monotone over first 10:", all(a >= b for a, b in zip(losses[:10], losses[1:10])))
print("param shapes:", jax.tree.map(jnp.shape, params))

# lr = 0.0 leaves params unchanged but still reports the loss
same, v0 = mlp_train_step(params, x, y, 0.0)
print("lr=0 unchanged:", all(bool(jnp.array_equal(a, b)) for a, b in zip(jax.tree.leaves(same), jax.tree.leaves(params))))
print("loss dtype:", v0.dtype, "shape:", v0.shape)
print("reported loss is before the step:", bool(v0 == mlp_train_step(params, x, y, 0.5)[1]))
