"""Gaussian NLL with its parameters in a dict: grad returns a dict, tree_map takes a few descent steps, has_aux reports sigma."""
import jax
import jax.numpy as jnp
from jax import tree_util

x = jnp.array([4.0, 5.0, 6.5, 3.5, 5.5, 4.5])


def nll(params, x):
    sigma = jnp.exp(params["log_sigma"])
    z = (x - params["mu"]) / sigma
    return jnp.mean(0.5 * z ** 2 + params["log_sigma"]), sigma


params = {"mu": jnp.array(0.0), "log_sigma": jnp.array(1.0)}
grads, sigma = jax.grad(nll, has_aux=True)(params, x)
print("grads:", grads)
print("keys:", sorted(grads.keys()), "sigma aux:", sigma)
print("tree structure equal:", tree_util.tree_structure(grads) == tree_util.tree_structure(params))

step = jax.jit(lambda p, x: tree_util.tree_map(lambda a, g: a - 0.5 * g, p, jax.grad(nll, has_aux=True)(p, x)[0]))
for i in range(60):
    params = step(params, x)
    if i % 20 == 19:
        (loss, s), _ = jax.value_and_grad(nll, has_aux=True)(params, x)
        print(f"step {i + 1}: mu={float(params['mu']):.3f} sigma={float(s):.3f} loss={float(loss):.4f}")

print("sample mean / std:", round(float(jnp.mean(x)), 3), round(float(jnp.std(x)), 3))
leaves, treedef = tree_util.tree_flatten(params)
print("treedef:", treedef, "num leaves:", len(leaves))
rebuilt = tree_util.tree_unflatten(treedef, [jnp.zeros(()), jnp.ones(())])
print("rebuilt:", rebuilt)
