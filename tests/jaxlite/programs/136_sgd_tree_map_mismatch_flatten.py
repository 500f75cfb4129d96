"""SGD tree pitfalls: arithmetic on containers, mismatched keys/lengths, flattening without rebuilding."""
import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, 2.0]), "b": jnp.array(0.5)}
grads = {"w": jnp.array([0.1, -0.2]), "b": jnp.array(1.0)}

try:
    params - 0.1 * grads
except TypeError as e:
    print("dict arithmetic:", type(e).__name__, "|", str(e).splitlines()[0])

try:
    [jnp.ones(2), jnp.zeros(3)] - 0.1 * [jnp.ones(2), jnp.ones(3)]
except TypeError as e:
    print("list arithmetic:", type(e).__name__, "|", str(e).splitlines()[0])

renamed = {"weight": grads["w"], "b": grads["b"]}
try:
    jax.tree.map(lambda p, g: p - 0.1 * g, params, renamed)
except ValueError as e:
    print("renamed key:", type(e).__name__, "|", str(e).splitlines()[0])

try:
    jax.tree.map(lambda p, g: p - 0.1 * g, [jnp.ones(2), jnp.ones(3)], [jnp.ones(2)])
except ValueError as e:
    print("list lengths:", type(e).__name__, "|", str(e).splitlines()[0])

try:
    jax.tree.map(lambda p, g: p - 0.1 * g, (jnp.ones(2), jnp.ones(1)), [jnp.ones(2), jnp.ones(1)])
except ValueError as e:
    print("tuple vs list:", type(e).__name__, "|", str(e).splitlines()[0])

flat = [p - 0.1 * g for p, g in zip(jax.tree.leaves(params), jax.tree.leaves(grads))]
print("flattened result:", flat)
print("leaf shapes in order:", [l.shape for l in jax.tree.leaves(params)])
rebuilt = jax.tree.unflatten(jax.tree.structure(params), flat)
print("rebuilt:", rebuilt)

try:
    jax.tree.map(lambda p, g: p - 0.1 * g, params, {"w": jnp.ones(3), "b": jnp.array(1.0)})
except Exception as e:
    print("leaf shape mismatch:", type(e).__name__, "|", str(e).splitlines()[0])
