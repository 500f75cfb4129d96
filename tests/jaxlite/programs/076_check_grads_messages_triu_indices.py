"""check_grads pass/fail messages (numpy.testing's) by shape, order and mode; triu/tril indices."""

from functools import partial

import jax
import jax.numpy as jnp
from jax import lax
from jax.test_util import check_grads, check_jvp, check_vjp


def attempt(label, f, args, **kw):
    try:
        check_grads(f, args, **kw)
        print(label, "passed")
    except AssertionError as err:
        print(label, "FAILED:", err)


# Finite differences with a tiny eps in float32 are noisy: the tangent check fails for
# vectors and matrices but passes for a scalar.
for x in [jnp.array([0.5, 1.0, 2.0]), jnp.array(0.5), jnp.array([[0.5, 1.0], [2.0, 3.0]])]:
    attempt("sin fwd", jnp.sin, (x,), order=1, modes=["fwd"], eps=1e-6)
attempt("sum exp, scalar", lambda v: jnp.sum(jnp.exp(v)), (jnp.array(0.5),), order=2,
        modes=["rev"], eps=1e-5)

# Passing checks, orders 1 and 2, every mode.
w = jnp.array([[0.3, -0.2], [0.1, 0.4]])
b = jnp.array([0.05, -0.1])
xs = jnp.array([[1.0, 2.0], [-1.0, 0.5], [0.3, 0.3], [2.0, -1.5]])


def layer(w, b):
    return jnp.tanh(xs @ w + b)


for modes in (["fwd"], ["rev"], ["fwd", "rev"], ["lin"]):
    attempt(f"layer {modes}", layer, (w, b), order=2, modes=modes)
attempt("tanh of a Python float", jnp.tanh, (0.5,), order=2)
attempt("dict of params", lambda p: jnp.sum(p["w"] * p["b"]), ({"w": w, "b": w},), order=1)


# stop_gradient hides part of the derivative: every mode notices.
def blocked(v):
    return lax.stop_gradient(v) * v


attempt("blocked, Python float", lambda v: lax.stop_gradient(jnp.asarray(v)) * v, (1.5,),
        order=1, modes=["rev"])
attempt("blocked 4-vector", blocked, (jnp.array([0.5, -1.0, 2.0, 0.25]),), order=1)
attempt("blocked 5x2 fwd", blocked, (jnp.arange(10.0).reshape(5, 2) / 4,), order=1,
        modes=["fwd"])
attempt("blocked 40 rev", blocked, (jnp.arange(40.0) / 10.0 - 2.0,), order=1, modes=["rev"])
attempt("blocked 72 rev", blocked, (jnp.arange(72.0) / 18.0 - 3.0,), order=1, modes=["rev"])
attempt("blocked lin", blocked, (jnp.array([1.0, 2.0]),), order=1, modes=["lin"])
attempt("two args, one blocked", lambda u, v: u * lax.stop_gradient(v) + v * v,
        (jnp.array([1.0, 2.0]), jnp.array([0.5, -0.5])), order=1, modes=["rev"])


# A derivative rule that is right at first order but wrong at second.
@jax.custom_jvp
def cube(x):
    return x ** 3


@cube.defjvp
def cube_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return cube(x), 3.0 * lax.stop_gradient(x) ** 2 * t


cube_x = jnp.array([0.5, 1.5])
attempt("cube order 1", cube, (cube_x,), order=1)
attempt("cube fwd order 2", cube, (cube_x,), order=2, modes=["fwd"])
attempt("cube rev order 2", cube, (cube_x,), order=2, modes=["rev"])

# Tolerances: tight ones fail; zero falls back to numpy's defaults.
attempt("tight tolerance", jnp.sin, (jnp.array([0.5, 1.0]),), order=1, modes=["fwd"],
        atol=1e-9, rtol=1e-9)
attempt("zero tolerance", jnp.sin, (jnp.array([0.5, 1.0]),), order=1, modes=["rev"],
        atol=0, rtol=0)
attempt("loose tolerance", blocked, (jnp.array([0.5, 1.0]),), order=1, atol=10.0, rtol=10.0)

# nan and inf must sit at the same places.
attempt("sqrt at 0", jnp.sqrt, (jnp.array([0.0, 1.0]),), order=1, modes=["fwd"])
attempt("1/x at 0", lambda v: 1.0 / v, (jnp.array([0.0, 2.0]),), order=1, modes=["fwd"])
attempt("log below 0", jnp.log, (jnp.array([-1.0, 2.0]),), order=1, modes=["fwd"])

# check_jvp and check_vjp on their own.
f = lambda v: jnp.sin(v) * v  # noqa: E731
v0 = jnp.array([0.2, 0.7, 1.3, -0.4])
check_jvp(f, partial(jax.jvp, f), (v0,))
check_vjp(f, partial(jax.vjp, f), (v0,))
print("check_jvp and check_vjp passed")
try:
    check_vjp(blocked, partial(jax.vjp, blocked), (v0,), err_msg="custom")
except AssertionError as err:
    print(err)


# A rule whose derivative the finite differences see as 0: relative difference inf.
@jax.custom_jvp
def flat(x):
    return x * 0.0


@flat.defjvp
def flat_jvp(primals, tangents):
    return flat(primals[0]), 2.0 * tangents[0]


for args in [(jnp.array(1.0),), (jnp.ones((3, 4)),)]:
    attempt("flat", flat, args, order=1)
attempt("flat, dict tolerance", flat, (jnp.ones((2, 2)),), order=1, modes=["fwd"],
        atol={jnp.float32: 1e-1}, rtol=1e-3)
attempt("exp overflows", lambda v: jnp.exp(v * 100.0), (jnp.array([1.0, 0.5]),), order=1,
        modes=["fwd"])

# Upper and lower triangles: indices (int32), with k and m, and gradients through them.
for args in [(3,), (3, 1), (3, -1), (4, 0, 2), (2, 1, 4), (3, 5), (3, -5), (0,), (1,)]:
    print("triu_indices", args, jnp.triu_indices(*args))
    print("tril_indices", args, jnp.tril_indices(*args))
print(jnp.triu_indices(4, k=1, m=3), jnp.tril_indices(n=3, m=4, k=-1))
a = jnp.arange(12.0).reshape(3, 4)
print(jnp.triu_indices_from(a), jnp.tril_indices_from(a, k=1))
i, j = jnp.triu_indices(3)
print(i.dtype, i.shape, repr(i))
x = jnp.arange(1.0, 10.0).reshape(3, 3)
print(x[jnp.triu_indices(3)], x[jnp.tril_indices(3, -1)])
print(jax.grad(lambda m: jnp.sum(m[jnp.triu_indices(3, 1)] ** 2))(x))
print(jax.grad(lambda m: jnp.sum(jnp.sin(m[jnp.tril_indices(3)])))(x))
print(jnp.triu(x), jnp.tril(x, -1), jnp.triu(x, 1))
print(jnp.tril(jnp.ones((2, 3, 3), dtype=jnp.int32), 1))
print(jax.grad(lambda m: jnp.sum(jnp.triu(m) * m))(x))
print(jax.jit(lambda m: m[jnp.triu_indices(3)].sum())(x))
print(jnp.zeros((3, 3)).at[jnp.triu_indices(3)].set(jnp.arange(1.0, 7.0)))
attempt("upper triangle", lambda m: jnp.sum(jnp.sin(m[jnp.triu_indices(3)])), (x / 4,),
        order=2)
bad_calls = {
    "float n": lambda: jnp.triu_indices(3.0),
    "float k": lambda: jnp.tril_indices(2, 0.5),
    "1-D triu": lambda: jnp.triu(jnp.ones(3)),
    "1-D tril": lambda: jnp.tril(jnp.ones(3)),
    "1-D triu_indices_from": lambda: jnp.triu_indices_from(jnp.ones(3)),
}
for name, call in bad_calls.items():
    try:
        call()
    except (TypeError, ValueError) as err:
        print(f"{name}: {type(err).__name__}: {err}")
