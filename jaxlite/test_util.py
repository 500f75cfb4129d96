"""jax.test_util for jaxlite: check_grads compares autodiff against finite differences."""

import random

from jaxlite import _api
from jaxlite import numpy as jnp
from jaxlite import tree_util as tu

EPS = 1e-4
_DEFAULT_TOL = 2e-3


def _rand_like(rng, x):
    x_arr = jnp.asarray(x)
    if x_arr.dtype.kind != "f":
        return x
    vals = [rng.gauss(0.0, 1.0) for _ in range(x_arr.size)]
    r = jnp.reshape(jnp.array(vals, dtype=x_arr.dtype), x_arr.shape)
    if isinstance(x, (int, float)):
        return float(r)
    return r


def _numerical_jvp(f, primals, tangents, eps):
    plus = tu.tree_map(lambda p, t: p + eps * t, primals, tangents)
    minus = tu.tree_map(lambda p, t: p - eps * t, primals, tangents)
    f_pos = f(*plus)
    f_neg = f(*minus)
    return tu.tree_map(
        lambda a, b: jnp.where(jnp.asarray(a) == jnp.asarray(b), 0.0,
                               jnp.asarray(a) - jnp.asarray(b)) * (0.5 / eps), f_pos, f_neg)


def _close(a, b, atol, rtol, err_msg):
    a = jnp.asarray(a)
    b = jnp.asarray(b)
    assert a.shape == b.shape
    atol_ = atol * a.size
    rtol_ = rtol * b.size
    av = [float(v) for v in jnp.ravel(a).tolist()]
    bv = [float(v) for v in jnp.ravel(b).tolist()]
    bad = []
    for i, (x, y) in enumerate(zip(av, bv, strict=False)):
        if x != x and y != y:
            continue
        if not abs(x - y) <= atol_ + rtol_ * abs(y):
            bad.append(i)
    if bad:
        max_abs = max(abs(av[i] - bv[i]) for i in bad)
        raise AssertionError(
            f"\nNot equal to tolerance rtol={rtol_:g}, atol={atol_:g}\n{err_msg}\n"
            f"Mismatched elements: {len(bad)} / {len(av)} "
            f"({100 * len(bad) / max(len(av), 1):.3g}%)\n"
            f"Max absolute difference among violations: {max_abs:g}\n"
            f" ACTUAL: {a}\n DESIRED: {b}")


def check_close(xs, ys, atol=None, rtol=None, err_msg=""):
    atol = _DEFAULT_TOL if atol is None else atol
    rtol = _DEFAULT_TOL if rtol is None else rtol
    tu.tree_map(lambda a, b: _close(a, b, atol, rtol, err_msg), xs, ys)


def _inner(xs, ys):
    total = 0.0
    for x, y in zip(tu.tree_leaves(xs), tu.tree_leaves(ys), strict=False):
        total = total + jnp.sum(jnp.ravel(jnp.asarray(x)) * jnp.ravel(jnp.asarray(y)))
    return total


def check_jvp(f, f_jvp, args, atol=None, rtol=None, eps=EPS, err_msg=""):
    rng = random.Random(0)
    tangent = tu.tree_map(lambda x: _rand_like(rng, x), args)
    v_out, t_out = f_jvp(args, tangent)
    v_expected = f(*args)
    t_expected = _numerical_jvp(f, args, tangent, eps)
    check_close(v_out, v_expected, atol, rtol, f"{err_msg} primal" if err_msg else "primal")
    check_close(t_out, t_expected, atol, rtol, f"{err_msg} tangent" if err_msg else "tangent")


def check_vjp(f, f_vjp, args, atol=None, rtol=None, eps=EPS, err_msg=""):
    rng = random.Random(0)
    v_out, vjpfun = f_vjp(*args)
    v_expected = f(*args)
    check_close(v_out, v_expected, atol, rtol, f"{err_msg} primal" if err_msg else "primal")
    tangent = tu.tree_map(lambda x: _rand_like(rng, x), args)
    tangent_out = _numerical_jvp(f, args, tangent, eps)
    cotangent = tu.tree_map(lambda x: _rand_like(rng, x), v_out)
    cotangent_out = vjpfun(cotangent)
    ip = _inner(tangent, cotangent_out)
    ip_expected = _inner(tangent_out, cotangent)
    check_close(ip, ip_expected, atol, rtol,
                f"{err_msg} cotangent projection" if err_msg else "cotangent projection")


def check_grads(f, args, order, modes=("fwd", "rev"), atol=None, rtol=None, eps=None):
    args = tuple(args)
    eps = eps or EPS

    def _check(f, args, order, err_msg=""):
        if "fwd" in modes:
            msg = f"JVP of {err_msg}" if err_msg else "JVP"
            check_jvp(f, lambda p, t: _api.jvp(f, p, t), args, atol, rtol, eps, msg)
            if order > 1:
                _check(lambda p, t: _api.jvp(f, p, t), (args, args), order - 1, msg)
        if "rev" in modes:
            msg = f"VJP of {err_msg}" if err_msg else "VJP"
            check_vjp(f, lambda *a: _api.vjp(f, *a), args, atol, rtol, eps, msg)
            if order > 1:
                def f_vjp(*a):
                    out, vjp_fn = _api.vjp(f, *a)
                    return vjp_fn(out)
                _check(f_vjp, args, order - 1, msg)
        if "lin" in modes:
            msg = f"LIN of {err_msg}" if err_msg else "LIN"
            check_jvp(f, lambda p, t: _api.jvp(f, p, t), args, atol, rtol, eps, msg)

    _check(f, args, order)


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError(name)
    raise NotImplementedError(
        f"jax.test_util.{name} is not available in the in-browser runtime (jaxlite)")
