import jax
import jax.numpy as jnp


def g(x):
    return x * jnp.exp(x)  # its n-th derivative is (x + n) · eˣ


# jax.grad returns a new function, so it can be differentiated again.
derivatives = [jax.grad(g)]
for _ in range(3):
    derivatives.append(jax.grad(derivatives[-1]))

x = 0.5
for n, d in enumerate(derivatives, start=1):
    print(f"order {n}: {d(x):.6f}   closed form: {(x + n) * jnp.exp(x):.6f}")

# Each derivative is an ordinary function: call it wherever you like.
second = derivatives[1]
print(jnp.array([second(p) for p in (-2.0, 0.0, 2.0)]))
