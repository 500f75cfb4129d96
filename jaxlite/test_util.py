"""jax.test_util for jaxlite: check_grads compares autodiff against finite differences."""

import math

from jaxlite import _api
from jaxlite import numpy as jnp
from jaxlite import tree_util as tu

EPS = 1e-4
_DEFAULT_TOL = 2e-3


class _LegacyNormal:
    """numpy's RandomState(seed).randn: MT19937 words and the polar Gaussian method, so the
    directions checked are the ones JAX's check_grads draws."""

    def __init__(self, seed):
        mt = [0] * 624
        mt[0] = seed & 0xFFFFFFFF
        for i in range(1, 624):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
        self.mt = mt
        self.index = 624
        self.cached = None

    def _word(self):
        if self.index >= 624:
            mt = self.mt
            for i in range(624):
                y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7FFFFFFF)
                v = mt[(i + 397) % 624] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908B0DF
                mt[i] = v
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & 0xFFFFFFFF

    def _double(self):
        a = self._word() >> 5
        b = self._word() >> 6
        return (a * 67108864.0 + b) / 9007199254740992.0

    def gauss(self):
        if self.cached is not None:
            v, self.cached = self.cached, None
            return v
        while True:
            x1 = 2.0 * self._double() - 1.0
            x2 = 2.0 * self._double() - 1.0
            r2 = x1 * x1 + x2 * x2
            if 0.0 < r2 < 1.0:
                break
        f = math.sqrt(-2.0 * math.log(r2) / r2)
        self.cached = f * x1
        return f * x2


def _rand_like(rng, x):
    if isinstance(x, float):
        # a Python float is float64 to numpy, so the draw is not rounded
        return rng.gauss()
    x_arr = jnp.asarray(x)
    if x_arr.dtype.kind != "f":
        return x
    vals = [rng.gauss() for _ in range(x_arr.size)]
    r = jnp.reshape(jnp.array(vals, dtype=x_arr.dtype), x_arr.shape)
    if isinstance(x, (int, float)):
        return float(r)
    return r


def _numerical_jvp(f, primals, tangents, eps):
    plus = tu.tree_map(lambda p, t: p + eps * t, primals, tangents)
    minus = tu.tree_map(lambda p, t: p - eps * t, primals, tangents)
    f_pos = f(*plus)
    f_neg = f(*minus)

    def diff(a, b):
        if isinstance(a, float) and isinstance(b, float):
            # Python floats stay in double precision, as numpy computes them for JAX
            return 0.0 if a == b else (a - b) * (0.5 / eps)
        a, b = jnp.asarray(a), jnp.asarray(b)
        return jnp.where(a == b, 0.0, a - b) * (0.5 / eps)
    return tu.tree_map(diff, f_pos, f_neg)


def _num(v):
    if v != v or v in (math.inf, -math.inf):
        return str(v)
    if v == 0 or 1e-4 <= abs(v) < 1e16:
        text = f"{v:.8f}".rstrip("0")
        return text
    mant, exp = f"{v:.8e}".split("e")
    mant = mant.rstrip("0")
    return f"{mant}e{exp}"


def _np_repr(x):
    if isinstance(x, float):
        return f"array({_num(x)})"
    text = repr(x)
    if text.startswith("Array("):
        text = "array(" + text[len("Array("):].replace(", weak_type=True", "")
    return text


def _close(a, b, atol, rtol, err_msg):
    a_orig, b_orig = a, b
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
        rels = [abs(av[i] - bv[i]) / abs(bv[i]) for i in bad if bv[i] != 0]
        lines = [f"\nNot equal to tolerance rtol={rtol_:g}, atol={atol_:g}", err_msg,
                 f"Mismatched elements: {len(bad)} / {len(av)} "
                 f"({100 * len(bad) / max(len(av), 1):.3g}%)"]
        if a.ndim:
            lines.append("Mismatch at index:")
            st = [1] * a.ndim
            for d in range(a.ndim - 2, -1, -1):
                st[d] = st[d + 1] * a.shape[d + 1]
            for i in bad[:5]:
                idx = ", ".join(str((i // st[d]) % a.shape[d]) for d in range(a.ndim))
                lines.append(f" [{idx}]: {av[i]!r} (ACTUAL), {bv[i]!r} (DESIRED)")
        lines.append(f"Max absolute difference among violations: {_num(max_abs)}")
        if rels:
            lines.append(f"Max relative difference among violations: {_num(max(rels))}")
        lines.append(f" ACTUAL: {_np_repr(a_orig if isinstance(a_orig, float) else a)}")
        lines.append(f" DESIRED: {_np_repr(b_orig if isinstance(b_orig, float) else b)}")
        raise AssertionError("\n".join(lines))


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
    rng = _LegacyNormal(0)
    tangent = tu.tree_map(lambda x: _rand_like(rng, x), args)
    v_out, t_out = f_jvp(args, tangent)
    v_expected = f(*args)
    t_expected = _numerical_jvp(f, args, tangent, eps)
    check_close(v_out, v_expected, atol, rtol, f"{err_msg} primal" if err_msg else "primal")
    check_close(t_out, t_expected, atol, rtol, f"{err_msg} tangent" if err_msg else "tangent")


def check_vjp(f, f_vjp, args, atol=None, rtol=None, eps=EPS, err_msg=""):
    rng = _LegacyNormal(0)
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
