"""has_aux pitfalls (three outputs, missing has_aux) then a jitted version with debug prints."""
import jax
import jax.numpy as jnp

w = jnp.array([2.0])
xs = jnp.array([1.0, 2.0, 3.0])
ys = jnp.array([2.5, 3.5, 6.5])


def three_outputs(w):
    r = xs * w[0] - ys
    return jnp.mean(r ** 2), jnp.mean(r), jnp.max(jnp.abs(r))


def pair(w):
    r = xs * w[0] - ys
    return jnp.mean(r ** 2), (jnp.mean(r), jnp.max(jnp.abs(r)))


for name, fn, kw in [("three", three_outputs, {"has_aux": True}),
                     ("no_has_aux", pair, {}),
                     ("scalar_with_aux", lambda w: jnp.sum(w), {"has_aux": True})]:
    try:
        jax.grad(fn, **kw)(w)
        print(name, "ran")
    except Exception as e:
        print(name, type(e).__name__, "|", str(e).splitlines()[0])


@jax.jit
def step(w):
    def loss(w):
        r = xs * w[0] - ys
        jax.debug.print("residuals {r}", r=r)
        print("traced residuals:", r)
        return jnp.mean(r ** 2), {"mean_res": jnp.mean(r), "worst": jnp.max(jnp.abs(r))}
    (val, aux), g = jax.value_and_grad(loss, has_aux=True)(w)
    return val, aux, g


val, aux, g = step(w)
print("value:", val)
print("aux:", aux)
print("grad:", g, g.shape)
val2, aux2, g2 = step(w - 0.1 * g)
print("second value:", val2)
print("worst:", aux2["worst"])
