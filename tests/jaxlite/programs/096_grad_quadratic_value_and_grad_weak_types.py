"""grad of sum((w*x+b)^2) via value_and_grad, argnums=(0, 1) and jit, with dtype and weak-type prints for Python-scalar inputs."""
import jax
import jax.numpy as jnp


def loss(w, b, x):
    return jnp.sum((w * x + b) ** 2)


x = jnp.array([1.0, -2.0, 0.5, 3.0])
w, b = 0.75, -0.25

g = jax.grad(loss)(w, b, x)
print("grad wrt w:", g)
print("repr:", repr(g))
print("dtype:", g.dtype, "shape:", g.shape, "weak:", g.weak_type)
print("by hand:", jnp.sum(2 * (w * x + b) * x))

value, gw = jax.value_and_grad(loss)(w, b, x)
print("value:", value, "grad:", gw)

gw2, gb2 = jax.grad(loss, argnums=(0, 1))(w, b, x)
print("both:", gw2, gb2, "by hand db:", jnp.sum(2 * (w * x + b)))

w_arr = jnp.float32(w)
g_arr = jax.grad(loss)(w_arr, b, x)
print("float32 input weak:", g_arr.weak_type, repr(g_arr))

fast = jax.jit(jax.grad(loss))
print("jit grad:", fast(w, b, x), fast(2.0, 0.0, x))

ws = jnp.linspace(-1.0, 1.0, 5)
print("vmapped over w:", jax.vmap(jax.grad(loss), in_axes=(0, None, None))(ws, b, x))
print("derivative is linear in w:", jnp.diff(jax.vmap(jax.grad(loss), in_axes=(0, None, None))(ws, b, x)))

d2 = jax.grad(jax.grad(loss))(w, b, x)
print("second derivative 2*sum(x^2):", d2, 2 * jnp.sum(x ** 2))
