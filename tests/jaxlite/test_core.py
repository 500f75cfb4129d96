"""jaxlite core against real JAX in-process: values, dtypes, gradients, errors and printed text."""

import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import jax
import jax.numpy as np_jnp
import numpy as onp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jaxlite
import jaxlite.numpy as ljnp

REPO = Path(__file__).resolve().parent.parent.parent

# Each case is the source of an expression evaluated with `jax`/`jnp` bound either to real JAX
# or to jaxlite; both results are compared by value, shape, dtype and weak type.
CASES = [
    "jnp.array([1., 2., 3.]) * 2",
    "jnp.array([1, 2]) * 2.0",
    "jnp.int32(1) * 2.0",
    "jnp.array([True]) + 1",
    "jnp.array([True]) + jnp.array([True])",
    "jnp.array(1) / 2",
    "jnp.int32(5) / 2",
    "jnp.array(7) // 2",
    "jnp.array([-7, 7]) % 3",
    "jnp.array([-7.5, 7.5]) % 2.",
    "jnp.array([-7.5, 7.5]) // 2.",
    "jnp.float32(3)",
    "jnp.float32(1.5) + 1",
    "jnp.arange(5)",
    "jnp.arange(0, 1, 0.25)",
    "jnp.arange(2, 9, 3)",
    "jnp.linspace(0, 1, 5)",
    "jnp.linspace(-1., 2., 7, endpoint=False)",
    "jnp.eye(3, k=1)",
    "jnp.full((2, 2), 3)",
    "jnp.full((2,), 3.)",
    "jnp.zeros((2, 3), jnp.int32)",
    "jnp.ones_like(jnp.arange(3))",
    "jnp.sum(jnp.arange(12.).reshape(3, 4), axis=0)",
    "jnp.sum(jnp.arange(12.).reshape(3, 4), axis=1, keepdims=True)",
    "jnp.sum(jnp.array([True, False, True]))",
    "jnp.mean(jnp.arange(6).reshape(2, 3), axis=1)",
    "jnp.prod(jnp.arange(1, 5))",
    "jnp.prod(jnp.array([[1., 2.], [3., 4.]]), axis=0)",
    "jnp.max(jnp.array([[1., 5.], [3., 2.]]), axis=1)",
    "jnp.min(jnp.array([[1., 5.], [3., 2.]]))",
    "jnp.argmax(jnp.array([[1., 5.], [3., 2.]]), axis=0)",
    "jnp.argmin(jnp.array([3., 1., 1.]))",
    "jnp.var(jnp.arange(4.))",
    "jnp.std(jnp.arange(6.).reshape(2, 3), axis=0, ddof=1)",
    "jnp.cumsum(jnp.arange(1., 6.))",
    "jnp.cumsum(jnp.arange(6).reshape(2, 3), axis=1)",
    "jnp.dot(jnp.ones(3), jnp.arange(3.))",
    "jnp.arange(6.).reshape(2, 3) @ jnp.arange(6.).reshape(3, 2)",
    "jnp.matmul(jnp.arange(24.).reshape(2, 3, 4), jnp.arange(8.).reshape(4, 2))",
    "jnp.matmul(jnp.arange(24.).reshape(2, 3, 4), jnp.arange(40.).reshape(2, 4, 5))",
    "jnp.outer(jnp.arange(3.), jnp.arange(2.))",
    "jnp.inner(jnp.arange(3.), jnp.arange(3.))",
    "jnp.vdot(jnp.arange(4.).reshape(2, 2), jnp.ones((2, 2)))",
    "jnp.einsum('ij,jk->ik', jnp.arange(6.).reshape(2, 3), jnp.arange(6.).reshape(3, 2))",
    "jnp.einsum('ij->ji', jnp.arange(6.).reshape(2, 3))",
    "jnp.einsum('ii->', jnp.arange(9.).reshape(3, 3))",
    "jnp.einsum('i,i->', jnp.arange(3.), jnp.arange(3.))",
    "jnp.einsum('bij,bjk->bik', jnp.arange(12.).reshape(2, 2, 3),"
    " jnp.arange(12.).reshape(2, 3, 2))",
    "jnp.einsum('ij,j->i', jnp.arange(6.).reshape(2, 3), jnp.arange(3.))",
    "jnp.transpose(jnp.arange(24).reshape(2, 3, 4), (2, 0, 1))",
    "jnp.swapaxes(jnp.arange(6).reshape(2, 3), 0, 1)",
    "jnp.squeeze(jnp.ones((1, 3, 1)))",
    "jnp.expand_dims(jnp.arange(3), 1)",
    "jnp.concatenate([jnp.ones((2, 2)), jnp.zeros((1, 2))])",
    "jnp.stack([jnp.arange(3), jnp.arange(3)], axis=1)",
    "jnp.hstack([jnp.arange(2), jnp.arange(3)])",
    "jnp.vstack([jnp.arange(3), jnp.arange(3)])",
    "jnp.broadcast_to(jnp.arange(3), (2, 3))",
    "jnp.where(jnp.arange(4) > 1, 1.0, -1.0)",
    "jnp.where(True, 1, 2)",
    "jnp.clip(jnp.arange(6), 1, 3)",
    "jnp.abs(jnp.array([-1.5, 2.]))",
    "jnp.abs(-1)",
    "jnp.sign(jnp.array([-2., 0., 3.]))",
    "jnp.maximum(1, 2.)",
    "jnp.minimum(jnp.arange(4), 2)",
    "jnp.exp(jnp.array(1))",
    "jnp.log(jnp.array([0., 1., 2.]))",
    "jnp.log1p(jnp.array([0., 1e-5]))",
    "jnp.expm1(jnp.array([0., 1e-5]))",
    "jnp.sqrt(4)",
    "jnp.sqrt(jnp.array([-1., 2.]))",
    "jnp.square(jnp.array([1.5, -2.]))",
    "jnp.power(jnp.array([2., 3.]), 3)",
    "jnp.power(jnp.array([2., 3.]), 0.5)",
    "jnp.array(2.) ** 2",
    "jnp.array(2) ** 2",
    "jnp.sin(jnp.array([0., 1., 2.]))",
    "jnp.cos(jnp.array([0., 1., 2.]))",
    "jnp.tan(jnp.array([0., 1.]))",
    "jnp.tanh(jnp.array([0., 0.5, -2.]))",
    "jnp.arctan(jnp.array([0., 1.]))",
    "jnp.isclose(jnp.array([1., 2.]), jnp.array([1.0000001, 2.1]))",
    "jnp.allclose(jnp.ones(3), jnp.ones(3) + 1e-9)",
    "jnp.all(jnp.array([True, False]))",
    "jnp.any(jnp.array([[True, False], [False, False]]), axis=1)",
    "jnp.linalg.norm(jnp.array([3., 4.]))",
    "jnp.linalg.norm(jnp.arange(6.).reshape(2, 3), axis=1)",
    "jnp.array([1., 2.]) > 1",
    "jnp.array([1, 2]) == jnp.array([1, 3])",
    "jnp.arange(10)[2:8:2]",
    "jnp.arange(10)[::-1]",
    "jnp.arange(10)[-3]",
    "jnp.arange(12).reshape(3, 4)[1]",
    "jnp.arange(12).reshape(3, 4)[:, 1]",
    "jnp.arange(12).reshape(3, 4)[..., None, 2]",
    "jnp.arange(12).reshape(3, 4)[jnp.array([0, 2])]",
    "jnp.arange(12).reshape(3, 4)[jnp.array([0, 2]), jnp.array([1, 3])]",
    "jnp.arange(12).reshape(3, 4)[jnp.array([0, 2]), 1:3]",
    "jnp.arange(24).reshape(2, 3, 4)[:, jnp.array([0, 2]), 1]",
    "jnp.arange(24).reshape(2, 3, 4)[0, :, jnp.array([0, 2])]",
    "jnp.arange(5.)[jnp.arange(5) > 2]",
    "jnp.ones(3)[5]",
    "jnp.arange(5.).at[1].set(10.)",
    "jnp.arange(5.).at[jnp.array([0, 0, 2])].add(1.)",
    "jnp.arange(6.).reshape(2, 3).at[:, 1].multiply(3.)",
    "jnp.arange(5).at[1:3].set(7)",
    "jnp.arange(5.).at[2].get()",
    "jnp.arange(5.).at[10].set(1.)",
    "jnp.arange(6).reshape(2, 3).T",
    "jnp.arange(6).astype(jnp.float32)",
    "jnp.array([1.7, -1.7]).astype(jnp.int32)",
    "jnp.array([1.7, -1.7], dtype=jnp.int32)",
    "jnp.arange(6.).reshape(-1, 2)",
    "jnp.arange(6.).ravel()",
    "jax.nn.relu(jnp.array([-1., 0., 2.]))",
    "jax.nn.sigmoid(jnp.array([-3., 0., 0.5, 2.]))",
    "jax.nn.softplus(jnp.array([-3., 0., 2.]))",
    "jax.nn.softmax(jnp.array([1., 2., 3.]))",
    "jax.nn.log_softmax(jnp.array([[1., 2.], [3., 5.]]), axis=0)",
    "jax.nn.logsumexp(jnp.array([1., 2., 3.]))",
    "jax.nn.one_hot(jnp.array([0, 2, 1]), 3)",
    "jax.nn.gelu(jnp.array([-1., 0., 0.5, 2.]))",
    "jax.nn.gelu(jnp.array([-1., 0., 0.5, 2.]), approximate=False)",
    "jax.scipy.special.logsumexp(jnp.arange(6.).reshape(2, 3), axis=1)",
    "jax.scipy.special.erf(jnp.array([0., 0.5, 2.]))",
    "jax.grad(lambda x: x * x)(3.0)",
    "jax.grad(lambda x: 3.0 * x ** 2 - 2.0 * x)(jnp.float32(2.0))",
    "jax.grad(jnp.abs)(0.)",
    "jax.grad(lambda x: jnp.maximum(x, 0.))(0.)",
    "jax.grad(jax.nn.relu)(0.)",
    "jax.grad(jnp.sqrt)(0.)",
    "jax.grad(lambda x: jnp.where(x > 0, jnp.sqrt(x), 0.))(-1.)",
    "jax.grad(jax.grad(jax.grad(jnp.tanh)))(0.5)",
    "jax.grad(lambda x: jnp.sum(jnp.sin(x) ** 2))(jnp.arange(3.))",
    "jax.grad(lambda x: jnp.prod(x))(jnp.array([1., 0., 3.]))",
    "jax.grad(lambda x: jnp.max(x))(jnp.array([1., 3., 3.]))",
    "jax.grad(lambda x: jnp.mean(x ** 2))(jnp.arange(4.))",
    "jax.grad(lambda x: jnp.linalg.norm(x))(jnp.array([3., 4.]))",
    "jax.grad(lambda x: x[1] * x[2])(jnp.arange(4.))",
    "jax.grad(lambda x: jnp.sum(x.at[0].set(5.) * x))(jnp.arange(3.))",
    "jax.grad(lambda w: jnp.sum((jnp.arange(6.).reshape(2, 3) @ w) ** 2))(jnp.ones(3))",
    "jax.grad(lambda x, y: x * y, argnums=(0, 1))(2., 3.)",
    "jax.value_and_grad(lambda x: jnp.sum(x ** 3))(jnp.arange(3.))",
    "jax.grad(lambda x: (x ** 2, x), has_aux=True)(2.)",
    "jax.jacfwd(lambda x: x ** 2)(jnp.arange(3.))",
    "jax.jacrev(lambda x: jnp.outer(x, x))(jnp.arange(2.))",
    "jax.hessian(lambda x: jnp.sum(x ** 3))(jnp.arange(3.))",
    "jax.jvp(lambda x: x ** 3, (2.,), (1.,))",
    "jax.jvp(jax.grad(lambda x: x ** 3), (2.,), (1.,))",
    "jax.vjp(lambda x: x * 2, jnp.arange(3.))[1](jnp.ones(3))",
    "jax.vmap(lambda x: x ** 3)(jnp.arange(3.))",
    "jax.vmap(jax.grad(lambda x: x ** 3))(jnp.arange(3.))",
    "jax.vmap(lambda x, y: x @ y, in_axes=(0, None))(jnp.ones((2, 3)), jnp.arange(3.))",
    "jax.vmap(lambda x: x.sum(), in_axes=1)(jnp.arange(6.).reshape(2, 3))",
    "jax.vmap(lambda x: x * 2, out_axes=1)(jnp.arange(6.).reshape(2, 3))",
    "jax.vmap(lambda x: jnp.dot(x, x))(jnp.arange(6.).reshape(2, 3))",
    "jax.vmap(lambda x: x[jnp.array([0, 2])])(jnp.arange(6.).reshape(2, 3))",
    "jax.vmap(lambda i: jnp.arange(5.)[i])(jnp.array([4, 0, 2]))",
    "jax.vmap(lambda x: jnp.cumsum(x))(jnp.arange(6.).reshape(2, 3))",
    "jax.vmap(lambda x: jnp.max(x))(jnp.arange(6.).reshape(2, 3))",
    "jax.vmap(jax.vmap(lambda a, b: a * b))(jnp.ones((2, 3)), jnp.arange(6.).reshape(2, 3))",
    "jax.grad(lambda x: jnp.sum(jax.vmap(lambda y: y * x)(jnp.arange(3.))))(2.)",
    "jax.grad(lambda x: jax.grad(lambda y: x * y)(2.))(3.)",
    "jax.jacfwd(jax.jacrev(lambda x: jnp.sum(x ** 3)))(jnp.arange(3.))",
    "jax.jit(lambda x: x * 2)(jnp.arange(3.))",
    "jax.lax.stop_gradient(jnp.arange(3.))",
    "jax.grad(lambda x: x * jax.lax.stop_gradient(x))(3.)",
    "jax.lax.fori_loop(0, 5, lambda i, v: v + i, 0)",
    "jax.lax.cond(True, lambda x: x + 1, lambda x: x - 1, 3.)",
    "jax.lax.scan(lambda c, x: (c + x, c * x), 0., jnp.arange(4.))",
]


def _eval(src, real):
    if real:
        env = {"jax": jax, "jnp": np_jnp}
    else:
        env = {"jax": jaxlite, "jnp": ljnp}
    return eval(src, env)


def _flatten(x, real):
    tu = jax.tree_util if real else jaxlite.tree_util
    return tu.tree_leaves(x)


def _check_leaf(a, b, src):
    assert tuple(a.shape) == tuple(b.shape), src
    assert str(a.dtype) == str(b.dtype), src
    wa = getattr(a, "weak_type", False)
    wb = getattr(b, "weak_type", False)
    assert bool(wa) == bool(wb), src
    av = onp.asarray(a).ravel().tolist()
    bv = b.ravel().tolist() if hasattr(b, "ravel") else [b]
    for x, y in zip(av, bv, strict=False):
        if isinstance(x, float) and math.isnan(x):
            assert math.isnan(y), src
        elif isinstance(x, float):
            assert y == pytest.approx(x, rel=2e-6, abs=1e-6), src
        else:
            assert x == y, src


@pytest.mark.parametrize("src", CASES)
def test_matches_real_jax(src):
    want = _eval(src, True)
    got = _eval(src, False)
    wl = _flatten(want, True)
    gl = _flatten(got, False)
    assert len(wl) == len(gl), src
    for a, b in zip(wl, gl, strict=False):
        if isinstance(a, (int, float, bool)):
            assert a == b
            continue
        _check_leaf(a, b, src)


REPR_CASES = [
    "jnp.array([1., 2., 3.])",
    "jnp.array(1.0)",
    "jnp.array(1)",
    "jnp.arange(6).reshape(2, 3)",
    "jnp.array([True, False])",
    "jax.grad(lambda x: x * x)(3.0)",
    "jnp.float32(2) * 3",
    "jnp.arange(12.).reshape(3, 4) / 7",
]


@pytest.mark.parametrize("src", REPR_CASES)
def test_repr_and_str(src):
    want = _eval(src, True)
    got = _eval(src, False)
    assert repr(got) == repr(want)
    assert str(got) == str(want)


def _error_of(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        return type(e).__name__, str(e)
    return None


ERROR_CASES = [
    "jax.grad(lambda x: x * 2)(jnp.ones(3))",
    "jax.grad(lambda x: x * 2)(1)",
    "jax.grad(lambda x: (x * 2).astype(jnp.int32))(1.)",
    "jax.grad(lambda x: x * 2, argnums=1)(1.)",
    "jax.grad(lambda x: x * 2, argnums=(0, 3))(1.)",
    "jax.grad(3)",
    "jax.grad(lambda x: x, holomorphic=True)(1.)",
    "jax.grad(lambda x: x, reduce_axes=(0,))(1.)",
    "jnp.ones(3) + jnp.ones(2)",
    "jnp.ones((2, 3)) @ jnp.ones((2, 3))",
    "float(jnp.ones(2))",
    "len(jnp.array(1.))",
]


@pytest.mark.parametrize("src", ERROR_CASES)
def test_errors_match(src):
    want = _error_of(lambda: _eval(src, True))
    got = _error_of(lambda: _eval(src, False))
    assert want is not None
    assert got == want


def test_item_assignment_error():
    x = ljnp.ones(3)
    with pytest.raises(TypeError) as e:
        x[0] = 1.0
    assert str(e.value).startswith("JAX arrays are immutable and do not support in-place")


def test_has_aux_error_type():
    with pytest.raises(TypeError, match="expected function with aux output"):
        jaxlite.grad(lambda x: x * 2, has_aux=True)(1.0)


def test_jit_control_flow_errors():
    with pytest.raises(jaxlite.errors.TracerBoolConversionError):
        jaxlite.jit(lambda x: x if x > 0 else -x)(1.0)
    with pytest.raises(jaxlite.errors.ConcretizationTypeError):
        jaxlite.jit(lambda x: float(x))(1.0)
    # grad tracers carry concrete values, so Python control flow works there
    assert float(jaxlite.grad(lambda x: x if x > 0 else -x)(-1.0)) == -1.0


def test_jit_static_argnums_and_print_once(capsys):
    calls = []

    @jaxlite.jit
    def f(x):
        calls.append(1)
        print("tracing")
        return x + 1

    f(1.0)
    f(2.0)
    assert capsys.readouterr().out == "tracing\n"
    import functools

    @functools.partial(jaxlite.jit, static_argnums=(1,))
    def g(x, n):
        for _ in range(n):
            x = x * 2
        return x

    assert float(g(1.0, 3)) == 8.0


def test_tracer_printing():
    out = []
    jaxlite.grad(lambda x: out.append(str(x)) or x)(1.0)
    jaxlite.jit(lambda x: out.append(str(x)) or x)(1.0)
    jaxlite.vmap(lambda x: out.append(str(x)) or x)(ljnp.ones(2))
    assert out[0].startswith("GradTracer(")
    assert out[1] == "JitTracer(~float32[])"
    assert out[2].startswith("VmapTracer(aval=float32[]")


def test_custom_jvp_and_vjp():
    @jaxlite.custom_jvp
    def f(x):
        return ljnp.sin(x)

    @f.defjvp
    def f_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        return f(x), 2.0 * t

    assert float(jaxlite.grad(f)(1.0)) == 2.0
    assert float(jaxlite.jvp(f, (1.0,), (1.0,))[1]) == 2.0

    @jaxlite.custom_vjp
    def g(x):
        return x * x

    g.defvjp(lambda x: (g(x), x), lambda x, ct: (10.0 * ct,))
    assert float(jaxlite.grad(g)(3.0)) == 10.0


def test_check_grads():
    from jaxlite.test_util import check_grads
    check_grads(lambda x: ljnp.sin(x) * x, (1.5,), order=2)
    check_grads(lambda x: ljnp.sum(ljnp.tanh(x) ** 2), (ljnp.arange(3.0),), order=2)
    with pytest.raises(AssertionError):
        wrong = jaxlite.custom_jvp(lambda x: x * x)
        wrong.defjvp(lambda p, t: (p[0] * p[0], 5.0 * t[0]))
        check_grads(wrong, (1.0,), order=1, modes=("fwd",))


def test_out_of_scope_names():
    with pytest.raises(NotImplementedError, match="jax.numpy.fft"):
        ljnp.fft  # noqa: B018
    with pytest.raises(AttributeError):
        ljnp.__wrapped__  # noqa: B018


def test_missing_names_answer_as_real_jax(monkeypatch):
    from jaxlite import _missing

    # conftest.py wrote real JAX's names: a typo reads as real JAX's AttributeError.
    with pytest.raises(AttributeError, match="^module 'jax.numpy' has no attribute 'summ'$"):
        ljnp.summ  # noqa: B018
    with pytest.raises(AttributeError, match=r"^jax\.numpy\.fix was deprecated in JAX v0\.9\.0"):
        ljnp.fix  # noqa: B018
    with pytest.raises(NotImplementedError, match="jax.numpy.histogram is not available"):
        ljnp.histogram  # noqa: B018
    assert not hasattr(jaxlite, "stop_gradient")
    # Without the list (a fresh clone), any public name may be real JAX's: unavailable.
    monkeypatch.setattr(_missing, "_real_names", lambda: None)
    with pytest.raises(NotImplementedError, match="jax.numpy.summ is not available"):
        ljnp.summ  # noqa: B018
    with pytest.raises(AttributeError):
        ljnp._summ  # noqa: B018


def test_float0_prints_as_numpy_void():
    g = jaxlite.grad(lambda x, n: x * ljnp.sum(n), argnums=1, allow_int=True)(2.0, ljnp.arange(2))
    real = jax.grad(lambda x, n: x * n.sum(), argnums=1, allow_int=True)(2.0, np_jnp.arange(2))
    assert (str(g), repr(g), str(g.dtype)) == (str(real), repr(real), str(real.dtype))
    assert g.dtype == jaxlite.float0 and repr(jaxlite.float0) == repr(jax.float0)


def test_install_and_run(tmp_path):
    prog = tmp_path / "prog.py"
    prog.write_text(textwrap.dedent("""
        import sys
        import jax
        import jax.numpy as jnp
        from jax import grad
        from jax.test_util import check_grads
        print(jax.__version__, sys.argv[1:])
        print(grad(lambda x: x ** 2)(3.0))
        jax.grad(lambda x: x)(jnp.ones(3))
    """))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-S", "-m", "jaxlite", "run", str(prog), "a", "b"],
                       capture_output=True, text=True, env=env, cwd=str(tmp_path))
    assert r.returncode == 1
    assert r.stdout == "0.10.2 ['a', 'b']\n6.0\n"
    last = r.stderr.strip().splitlines()[-1]
    assert last == ("TypeError: Gradient only defined for scalar-output functions. "
                    "Output had shape: (3,).")
    assert r.stderr.startswith("Traceback (most recent call last):")


# XLA flushes subnormal results to zero and jaxlite does not, so stay clear of that range
floats = st.floats(min_value=-3.0, max_value=3.0, allow_nan=False, width=32).filter(
    lambda v: v == 0 or abs(v) > 1e-18)


@settings(max_examples=30, deadline=None)
@given(st.lists(floats, min_size=1, max_size=6))
def test_grad_of_polynomial_matches(xs):
    def f(j, x):
        return j.sum(x ** 3 - 2.0 * x * j.sin(x) + j.exp(-x * x))
    want = jax.grad(lambda x: f(np_jnp, x))(np_jnp.array(xs, dtype=np_jnp.float32))
    got = jaxlite.grad(lambda x: f(ljnp, x))(ljnp.array(xs))
    for a, b in zip(onp.asarray(want).tolist(), got.tolist(), strict=False):
        assert b == pytest.approx(a, rel=1e-5, abs=1e-5)


@settings(max_examples=30, deadline=None)
@given(st.lists(floats, min_size=1, max_size=6), st.lists(floats, min_size=1, max_size=6))
def test_elementwise_arith_exact(xs, ys):
    n = min(len(xs), len(ys))
    a, b = xs[:n], ys[:n]
    ra, rb = np_jnp.array(a, dtype=np_jnp.float32), np_jnp.array(b, dtype=np_jnp.float32)
    la, lb = ljnp.array(a), ljnp.array(b)
    for op in ("__add__", "__sub__", "__mul__"):
        assert onp.asarray(getattr(ra, op)(rb)).tolist() == getattr(la, op)(lb).tolist()
    assert onp.asarray(ra * ra + rb).tolist() == (la * la + lb).tolist()


def _run_both(tmp_path, source):
    """Run a program under real JAX and under `python -S -m jaxlite run`; return both outputs."""
    prog = tmp_path / "prog.py"
    prog.write_text(textwrap.dedent(source))
    real = subprocess.run([sys.executable, str(prog)], capture_output=True, text=True,
                          cwd=str(tmp_path))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    lite = subprocess.run([sys.executable, "-S", "-m", "jaxlite", "run", str(prog)],
                          capture_output=True, text=True, env=env, cwd=str(tmp_path))
    return real, lite


def test_tracer_prints_and_nesting_match_real_jax(tmp_path):
    real, lite = _run_both(tmp_path, """
        import jax, jax.numpy as jnp
        def f(x):
            print(x)
            return x ** 3
        jax.grad(jax.grad(f))(2.)
        jax.vmap(jax.grad(f))(jnp.arange(2.))
        jax.jit(jax.grad(f))(2.)
        jax.jvp(jax.grad(f), (2.,), (1.,))
        jax.jacfwd(f)(jnp.arange(2.))
        jax.jacrev(f)(jnp.arange(2.))
        g = lambda x: jnp.sum(jnp.sin(x) ** 2)
        print(jax.hessian(g)(jnp.arange(3.)))
        print(jax.jacfwd(jax.jacrev(g))(jnp.arange(3.)))
        print(jax.vmap(lambda x, i: x.at[i].set(0.))(jnp.ones((3, 3)), jnp.array([0, 1, 2])))
        print(jax.grad(lambda x: jax.lax.fori_loop(0, 3, lambda i, c: c * x, 1.))(2.))
        print(jax.jacfwd(lambda x, y: x * y, argnums=(0, 1))(jnp.arange(2.), 3.))
        print(jax.jacrev(lambda x: {'s': x.sum(), 'p': x * 2})(jnp.arange(2.)))
        print(jnp.arange(12.).reshape(3, 4) / 7)
        print(jnp.mean(jnp.arange(12.).reshape(4, 3) / 3, axis=1))
    """)
    assert real.returncode == 0, real.stderr
    assert lite.stdout == real.stdout, lite.stderr


def test_jit_error_messages_match_real_jax(tmp_path):
    real, lite = _run_both(tmp_path, """
        import jax, jax.numpy as jnp
        def show(f):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, e)
        def f(x, y):
            if x > y:
                return x
            return y
        show(lambda: jax.jit(f)(1., 2.))
        show(lambda: jax.jit(lambda x: int(x))(1.))
        show(lambda: jax.jit(lambda x: jnp.arange(x))(3))
        show(lambda: jax.jit(lambda x, n: x ** n, static_argnums=1)(2., jnp.ones(2)))
        show(lambda: jax.vmap(lambda x, y: x + y)(jnp.ones(2), jnp.ones(3)))
        show(lambda: jax.vmap(lambda x: x)(1.))
        show(lambda: jax.grad(lambda x: (x, x))(1.))
        show(lambda: jax.grad(lambda x: x)("a"))
        show(lambda: jax.vjp(lambda x: x * 2, 1.)[1](jnp.ones(2)))
        show(lambda: jnp.ones((2, 3))[0, 0, 0])
        show(lambda: jnp.stack([jnp.ones(2), jnp.ones(3)]))
        show(lambda: jnp.array([[1, 2], [3]]))
    """)
    assert real.returncode == 0, real.stderr
    assert lite.stdout == real.stdout, lite.stderr


def test_training_loop_close_to_real_jax(tmp_path):
    real, lite = _run_both(tmp_path, """
        import jax, jax.numpy as jnp
        X = jnp.linspace(-1, 1, 60).reshape(20, 3)
        y = jnp.sin(X @ jnp.array([1., -2., 0.5]))
        params = {'W': jnp.full((3, 8), 0.1) * jnp.arange(8.), 'b': jnp.zeros(8),
                  'v': jnp.linspace(-1, 1, 8)}
        def loss(p):
            h = jnp.tanh(X @ p['W'] + p['b'])
            return jnp.mean((h @ p['v'] - y) ** 2)
        step = jax.jit(lambda p: jax.tree_util.tree_map(
            lambda a, g: a - 0.1 * g, p, jax.grad(loss)(p)))
        for i in range(50):
            params = step(params)
        print(float(loss(params)))
    """)
    assert real.returncode == 0, real.stderr
    assert float(lite.stdout) == pytest.approx(float(real.stdout), rel=1e-5)


def test_traceback_hides_jaxlite_frames(tmp_path):
    real, lite = _run_both(tmp_path, """
        import jax, jax.numpy as jnp
        jax.grad(lambda x: x * 2)(jnp.ones(3))
    """)
    assert lite.returncode == 1
    assert "_core.py" not in lite.stderr and "_api.py" not in lite.stderr
    lines = lite.stderr.strip().splitlines()
    assert lines[-1] in real.stderr.splitlines()


_GRID = [i / 7.0 - 9.0 for i in range(130)] + [1e-3, -1e-3, 0.25, 3.5, 12.0, -12.0]


@pytest.mark.parametrize("name", ["exp", "log", "tanh", "sqrt", "sigmoid"])
def test_transcendentals_bitwise_like_xla(name):
    xs = onp.asarray(_GRID, dtype=onp.float32)
    if name in ("log", "sqrt"):
        xs = onp.abs(xs) + onp.float32(1e-3)
    real_fn = jax.nn.sigmoid if name == "sigmoid" else getattr(np_jnp, name)
    lite_fn = jaxlite.nn.sigmoid if name == "sigmoid" else getattr(ljnp, name)
    want = onp.asarray(real_fn(np_jnp.asarray(xs))).tolist()
    got = lite_fn(ljnp.array(xs.tolist())).tolist()
    mismatches = [(x, a, b) for x, a, b in zip(xs.tolist(), want, got, strict=True) if a != b]
    assert not mismatches, mismatches[:5]


def _bits_equal(want, got):
    """Element lists equal bit for bit (NaN matches NaN, 0.0 does not match -0.0)."""
    return len(want) == len(got) and all(
        (a != a and b != b) or (a == b and math.copysign(1, a) == math.copysign(1, b))
        for a, b in zip(want, got, strict=True))


def _wide_inputs(name, n, seed):
    rng = onp.random.default_rng(seed)
    if name == "exp":
        xs = onp.concatenate([rng.uniform(-110, 95, n), rng.uniform(-2, 2, n),
                              [0.0, -0.0, 88.72283, 88.7229, -87.3365, -87.34, onp.inf,
                               -onp.inf, onp.nan, 1e-40]])
    elif name == "log1p":
        xs = onp.concatenate([rng.uniform(-1, 1, n), onp.exp(rng.uniform(-30, 30, n)),
                              [0.0, -0.0, -1.0, -2.0, onp.inf, onp.nan, 1e-40, -1e-40]])
    else:
        xs = onp.concatenate([onp.exp(rng.uniform(-90, 88, n)), rng.uniform(0.5, 2, n),
                              [0.0, -0.0, -1.0, 1.0, onp.inf, onp.nan, 1e-40, 1.1754942e-38]])
    return xs.astype(onp.float32)


@pytest.mark.parametrize("name", ["exp", "log", "log1p", "expm1"])
def test_transcendentals_bitwise_over_wide_ranges(name):
    # 4000 random inputs plus edge cases in one array: the vector kernels (long arrays)
    xs = _wide_inputs("exp" if name == "expm1" else name, 2000, 1)
    want = onp.asarray(getattr(np_jnp, name)(np_jnp.asarray(xs))).tolist()
    got = getattr(ljnp, name)(ljnp.array(xs.tolist())).tolist()
    assert _bits_equal(want, got), [
        (x, a, b) for x, a, b in zip(xs.tolist(), want, got, strict=True) if a != b][:5]


@pytest.mark.parametrize("name", ["exp", "log"])
def test_short_vector_tails_use_glibc_like_xla(name):
    # XLA computes the last n % 8 elements of a 1-D exp or log of n = 3, 5, 6, 7, 11, 13, 14
    # or 15 elements with glibc's expf/logf. Sizes 7 and 15 put thousands of inputs through
    # that path; every size and a few shapes and contexts check the rule itself.
    xs = _wide_inputs(name, 2100, 2)
    fr, fl = getattr(np_jnp, name), getattr(ljnp, name)
    for size in (7, 15):
        for i in range(0, len(xs) - size + 1, size):
            part = xs[i:i + size]
            want = onp.asarray(fr(np_jnp.asarray(part))).tolist()
            assert _bits_equal(want, fl(ljnp.array(part.tolist())).tolist()), part.tolist()
    part = xs[:20]
    shaped = [(n,) for n in range(1, 21)] + [(1, 3), (3, 1), (2, 3), (1, 1, 5), (4, 5)]
    for shape in shaped:
        x = part[:math.prod(shape)].reshape(shape)
        want = onp.asarray(fr(np_jnp.asarray(x))).ravel().tolist()
        assert _bits_equal(want, fl(ljnp.array(x.tolist())).ravel().tolist()), shape
    x = onp.asarray(part[:5])
    contexts = [  # eager, differentiated, batched: tails; jit and jitted jnp functions: none
        lambda J, jn: J.grad(lambda v: jn.sum(fn(jn)(v * v + 1)))(jn.asarray(x)),
        lambda J, jn: J.vmap(fn(jn))(jn.asarray(onp.abs(x) + 1)),
        lambda J, jn: J.jit(lambda v: fn(jn)(v) * 2)(jn.asarray(onp.abs(x) + 1)),
        lambda J, jn: jn.log2(jn.asarray(onp.abs(x) + 1)),
        lambda J, jn: jn.log10(jn.asarray(onp.abs(x) + 1)),
        lambda J, jn: jn.logaddexp(jn.asarray(x[:3] % 5), 0.5),
        lambda J, jn: J.grad(lambda v: jn.sum(jn.asarray(x[:3] % 5 + 1) ** v))(1.7),
    ]

    def fn(jn):
        return getattr(jn, name)
    for make in contexts:
        want = onp.asarray(make(jax, np_jnp)).ravel().tolist()
        assert _bits_equal(want, make(jaxlite, ljnp).ravel().tolist())
    v = x[:3] % 5
    for fn in ("softmax", "logsumexp", "softplus"):
        want = onp.asarray(getattr(jax.nn, fn)(np_jnp.asarray(v))).ravel().tolist()
        assert _bits_equal(want, getattr(jaxlite.nn, fn)(ljnp.array(v.tolist())).ravel().tolist())


def _order_probe(shape, seed):
    # magnitudes from 2**-10 to 2**14 make every change of summation order show
    rng = onp.random.default_rng(seed)
    return (rng.choice([-1, 1], shape) * 2.0 ** rng.integers(-10, 14, shape)
            * rng.uniform(1, 2, shape)).astype(onp.float32)


SUM_SHAPES = [
    ((2, 2), [None, 0, 1]), ((2, 3), [None]), ((4, 3), [None, 1]), ((8, 7), [None]),
    ((16, 5), [None]), ((20, 3), [None, 0]), ((28, 2), [None]), ((30, 3), [None]),
    ((12, 4), [None]), ((3, 4, 5), [None, (1, 2), (0, 1)]), ((2, 1, 4), [None, 1]),
    ((4, 7, 1), [None]), ((33,), [None]), ((100,), [None]), ((1000,), [None]),
    ((2500,), [None]), ((63, 2), [None]), ((64, 3), [None, 0]), ((100, 3), [None, 0, 1]),
    ((3, 100), [None, 1]), ((40, 40), [None, 0, 1]), ((126, 6), [None]),
    ((2, 64, 3), [None, (1, 2)]), ((1, 1), [None, 0]), ((0, 3), [None, 0, 1]),
]


def test_sums_add_in_xla_cpu_order():
    for shape, axes in SUM_SHAPES:
        for seed in range(3):
            x = _order_probe(shape, seed)
            for axis in axes:
                want = onp.asarray(np_jnp.sum(np_jnp.asarray(x), axis=axis)).ravel().tolist()
                got = ljnp.sum(ljnp.array(x), axis=axis).ravel().tolist()
                assert _bits_equal(want, got), (shape, axis, seed)
    m = [[1e8, 1.0], [-1e8, 1.0]]
    assert float(ljnp.sum(ljnp.array(m))) == float(np_jnp.sum(np_jnp.array(m))) == 0.0
    assert repr(ljnp.sum(ljnp.array([[-0.0]]), axis=0)) == repr(
        np_jnp.sum(np_jnp.array([[-0.0]]), axis=0))


def test_means_and_gradient_sums_in_xla_cpu_order():
    x, b = _order_probe((100, 4), 5) / 1e4, _order_probe((4,), 7) / 100
    x3 = _order_probe((8, 3), 3) / 1e3
    cases = [  # the gradients of broadcasts are sums over the batch axis
        lambda J, jn: jn.mean(jn.asarray(x)),
        lambda J, jn: jn.mean(jn.asarray(x), axis=0),
        lambda J, jn: jn.mean(jn.asarray(x3) ** 2),
        lambda J, jn: J.grad(lambda b: jn.mean(jn.tanh(jn.asarray(x) + b) ** 2))(jn.asarray(b)),
        lambda J, jn: J.grad(lambda b: jn.sum((jn.asarray(x3) - b) ** 2))(jn.asarray(b[:3])),
        lambda J, jn: J.grad(lambda s: jn.sum(jn.asarray(x) * s))(1.5),
        lambda J, jn: J.grad(lambda s: jn.mean((jn.asarray(x3) * s) ** 2))(1.5),
    ]
    for make in cases:
        want = onp.asarray(make(jax, np_jnp)).ravel().tolist()
        assert _bits_equal(want, make(jaxlite, ljnp).ravel().tolist())


def test_linspace_bitwise():
    rng = onp.random.default_rng(3)
    cases = [(-2, 2, 40, True), (0, 1, 5, True), (0, 10, 7, True), (-1, 1, 100, True),
             (3, 3, 4, True), (1, 2, 2, True), (0, 1, 1, True), (0, 1, 1, False),
             (0, 1, 0, True), (-1.0, 2.0, 7, False)]
    for _ in range(150):
        lo, hi = rng.uniform(-1e3, 1e3, 2).tolist()
        cases.append((lo, hi, int(rng.integers(2, 120)), bool(rng.random() < 0.7)))
    for start, stop, num, endpoint in cases:
        want, wstep = np_jnp.linspace(start, stop, num, endpoint=endpoint, retstep=True)
        got, gstep = ljnp.linspace(start, stop, num, endpoint=endpoint, retstep=True)
        assert _bits_equal(onp.asarray(want).tolist() + [float(wstep)],
                           got.tolist() + [float(gstep)]), (start, stop, num, endpoint)
    assert (onp.asarray(np_jnp.linspace(0, 10, 7, dtype=np_jnp.int32)).tolist()
            == ljnp.linspace(0, 10, 7, dtype=ljnp.int32).tolist())


def test_stop_gradient_of_python_scalars_is_a_typed_literal():
    for v in (2.5, 0.1, 3, -7, True):
        want, got = jax.lax.stop_gradient(v), jaxlite.lax.stop_gradient(v)
        assert (repr(want), str(want), type(want).__name__) == (
            repr(got), str(got), type(got).__name__)
        assert repr(want * 2) == repr(got * 2)
        assert repr(want + np_jnp.ones(2)) == repr(got + ljnp.ones(2))
        assert repr(np_jnp.asarray(want)) == repr(ljnp.asarray(got))
    tree = {"w": 1.0, "b": (2, None)}
    assert repr(jax.lax.stop_gradient(tree)) == repr(jaxlite.lax.stop_gradient(tree))
    assert str(jax.lax.stop_gradient(2.5).dtype) == str(jaxlite.lax.stop_gradient(2.5).dtype)
    with pytest.raises(OverflowError, match="too large to convert to int32"):
        jaxlite.lax.stop_gradient(2 ** 40)


def test_reductions_and_dots_accumulate_like_xla():
    rows = [[(i * 7 + j * 3) % 11 / 9.0 - 0.5 for j in range(6)] for i in range(5)]
    ra, la = np_jnp.array(rows, dtype=np_jnp.float32), ljnp.array(rows)
    vec = [0.1 * k - 0.2 for k in range(6)]
    rv, lv = np_jnp.array(vec, dtype=np_jnp.float32), ljnp.array(vec)
    pairs = [
        (np_jnp.sum(ra), ljnp.sum(la)),
        (np_jnp.sum(ra, axis=0), ljnp.sum(la, axis=0)),
        (np_jnp.mean(ra, axis=1), ljnp.mean(la, axis=1)),
        (np_jnp.mean(ra), ljnp.mean(la)),
        (np_jnp.dot(rv, rv), ljnp.dot(lv, lv)),
        (rv @ ra.T, lv @ la.T),
        (ra[:, :4] @ ra[:4, :], la[:, :4] @ la[:4, :]),
        (ra / 3, la / 3),
    ]
    for want, got in pairs:
        assert onp.asarray(want).ravel().tolist() == got.ravel().tolist()


def test_first_derivatives_print_like_real_jax():
    assert str(jaxlite.grad(ljnp.tanh)(2.0)) == str(jax.grad(np_jnp.tanh)(2.0))
    f_real = jax.grad(lambda x: np_jnp.sum(1.0 / (1.0 + np_jnp.exp(-x))))
    f_lite = jaxlite.grad(lambda x: ljnp.sum(1.0 / (1.0 + ljnp.exp(-x))))
    assert str(f_lite(ljnp.array([0.5, -1.5]))) == str(f_real(np_jnp.array([0.5, -1.5])))


def test_vmap_over_prng_keys_matches_real_jax(tmp_path):
    real, lite = _run_both(tmp_path, """
        import jax, jax.numpy as jnp
        keys = jax.random.split(jax.random.key(0), 3)
        print(jax.vmap(lambda k: jax.random.split(k, 2))(keys))
        print(jax.vmap(lambda k: jax.random.normal(k, (2,)))(keys))
        print(jax.vmap(lambda k, x: x * jax.random.uniform(k), in_axes=(0, None))(keys, 2.))
        raw = jax.random.split(jax.random.PRNGKey(1), 2)
        print(jax.vmap(lambda k: jax.random.normal(k, (2,)))(raw))
    """)
    assert real.returncode == 0, real.stderr
    assert lite.stdout == real.stdout, lite.stderr


def test_importing_a_jax_module_jaxlite_lacks_says_it_is_unavailable(tmp_path):
    prog = tmp_path / "prog.py"
    prog.write_text(textwrap.dedent("""
        for name in ("jax.experimental.sparse", "jax.scipy.stats", "jax.nn.initializers"):
            try:
                __import__(name)
            except NotImplementedError as err:
                print(err)
        try:
            import jax.no_such_module  # noqa: F401
        except ModuleNotFoundError as err:
            print(type(err).__name__, err)
    """))
    r = subprocess.run([sys.executable, "-S", "-m", "jaxlite", "run", str(prog)],
                       capture_output=True, text=True, cwd=Path(jaxlite.__file__).parent.parent)
    assert r.stdout.splitlines() == [
        "jax.experimental is not available in the in-browser runtime (jaxlite)",
        "jax.scipy.stats is not available in the in-browser runtime (jaxlite)",
        "jax.nn.initializers is not available in the in-browser runtime (jaxlite)",
        "ModuleNotFoundError No module named 'jax.no_such_module'",
    ], r.stderr
