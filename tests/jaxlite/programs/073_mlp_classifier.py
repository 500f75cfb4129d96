"""A two-layer network: init from split keys, softmax cross-entropy, a few SGD steps."""

import jax
import jax.numpy as jnp


def init(key, sizes):
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True):
        key, wk = jax.random.split(key)
        params.append({"w": jax.random.normal(wk, (n_in, n_out)) * 0.5, "b": jnp.zeros(n_out)})
    return params


def forward(params, x):
    for layer in params[:-1]:
        x = jax.nn.relu(x @ layer["w"] + layer["b"])
    last = params[-1]
    return x @ last["w"] + last["b"]


def loss(params, x, labels):
    logits = forward(params, x)
    return -jnp.mean(jnp.sum(jax.nn.log_softmax(logits) * jax.nn.one_hot(labels, 3), axis=-1))


x = jax.random.uniform(jax.random.key(1), (6, 4), minval=-1.0, maxval=1.0)
labels = jnp.array([0, 1, 2, 0, 1, 2])
params = init(jax.random.key(2), [4, 5, 3])
print(jax.tree.map(jnp.shape, params))
for step in range(4):
    value, grads = jax.value_and_grad(loss)(params, x, labels)
    params = jax.tree.map(lambda p, g: p - 0.5 * g, params, grads)
    print(step, value)
print(jnp.argmax(forward(params, x), axis=1))
print(jax.nn.softmax(forward(params, x))[0])
