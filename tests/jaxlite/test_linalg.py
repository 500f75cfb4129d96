"""jaxlite's jnp.linalg against real JAX: values, LAPACK's sign conventions, stacks, vmap,
derivatives and errors."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import jaxlite
import jaxlite.numpy as lnp
from jaxlite.numpy import linalg as llinalg

_values = st.floats(-4, 4, width=32)


def lite(x):
    x = np.asarray(x)
    return lnp.asarray(x.tolist(), dtype=str(x.dtype))


def close(got, want, rtol=2e-5, atol=2e-6):
    if isinstance(want, tuple | list):
        assert len(got) == len(want)
        for g, w in zip(got, want, strict=True):
            close(g, w, rtol, atol)
        return
    want = np.asarray(want)
    assert tuple(got.shape) == want.shape and str(got.dtype) == str(want.dtype), (got, want)
    got = np.asarray(got.tolist(), dtype=want.dtype).reshape(want.shape)
    np.testing.assert_allclose(got, want, rtol=rtol, atol=atol, equal_nan=True)


A3 = np.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]], np.float32)
B4 = np.array([[4.0, 1.0, 2.0, 0.3], [1.0, 3.0, 0.5, -1.0], [2.0, 0.5, 5.0, 0.2],
               [0.1, 0.7, -0.4, 2.0]], np.float32)
S4 = (B4 + B4.T).astype(np.float32)
STACK = np.stack([B4, 2 * B4, B4.T]).astype(np.float32)
TALL = np.arange(6.0, dtype=np.float32).reshape(3, 2)
WIDE = TALL.reshape(2, 3)


@st.composite
def _systems(draw):
    n = draw(st.integers(1, 6))
    a = draw(hnp.arrays(np.float32, (2, n, n), elements=_values))
    columns = draw(st.sampled_from([None, 1, 3]))
    shape = (2, n) if columns is None else (2, n, columns)
    return a, draw(hnp.arrays(np.float32, shape, elements=_values))


@settings(max_examples=30, deadline=None)
@given(_systems())
def test_a_stack_is_solved_as_its_matrices_bit_for_bit(system):
    # singular and nearly singular matrices included: nan and inf must come out alike too
    a, b = system
    if b.ndim == 2:
        b = b[..., None]
    whole = llinalg.solve(lite(a), lite(b))
    for i in range(2):
        assert repr(llinalg.solve(lite(a[i]), lite(b[i])).tolist()) == repr(whole[i].tolist())
    mapped = jaxlite.vmap(llinalg.solve)(lite(a), lite(b))
    assert repr(mapped.tolist()) == repr(whole.tolist())


def test_solve_matches_jax_on_a_well_conditioned_system():
    rng = np.random.default_rng(0)
    a = (rng.normal(size=(12, 12)) + 6 * np.eye(12)).astype(np.float32)
    b = rng.normal(size=(12, 2)).astype(np.float32)
    close(lnp.linalg.solve(lite(a), lite(b)), jnp.linalg.solve(a, b), rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("a", [np.ones((2, 2)), np.ones((3, 3)), [[0.0, 1.0], [0.0, 2.0]],
                               [[1.0, 2.0], [2.0, 4.0]]],
                         ids=["ones2", "ones3", "zerocol", "rank1"])
def test_singular_systems_give_jax_infs_and_nans(a):
    a = np.asarray(a, np.float32)
    b = np.arange(1.0, a.shape[0] + 1, dtype=np.float32)
    close(lnp.linalg.solve(lite(a), lite(b)), jnp.linalg.solve(a, b))
    close(lnp.linalg.inv(lite(a)), jnp.linalg.inv(a))
    close(lnp.linalg.det(lite(a)), jnp.linalg.det(a))
    close(list(lnp.linalg.slogdet(lite(a))), list(jnp.linalg.slogdet(a)))


@pytest.mark.parametrize("a", [A3[:1, :1], A3[:2, :2], A3, B4, STACK,
                               2 * np.eye(4, dtype=np.float32)],
                         ids=["1x1", "2x2", "3x3", "4x4", "stack", "2I"])
def test_det_slogdet_inv_values_and_derivatives(a):
    a = np.asarray(a, np.float32)
    close(lnp.linalg.det(lite(a)), jnp.linalg.det(a))
    close(list(lnp.linalg.slogdet(lite(a))), list(jnp.linalg.slogdet(a)))
    close(lnp.linalg.inv(lite(a)), jnp.linalg.inv(a))
    w = np.linspace(-1, 2, a.size, dtype=np.float32).reshape(a.shape)
    close(jaxlite.grad(lambda x: lnp.sum(lnp.linalg.det(x)))(lite(a)),
          jax.grad(lambda x: jnp.sum(jnp.linalg.det(x)))(a), rtol=1e-4)
    close(jaxlite.grad(lambda x: lnp.sum(lnp.linalg.inv(x) * lite(w)))(lite(a)),
          jax.grad(lambda x: jnp.sum(jnp.linalg.inv(x) * w))(a), rtol=1e-4, atol=1e-5)
    close(jaxlite.grad(lambda x: lnp.sum(lnp.linalg.slogdet(x)[1]))(lite(a)),
          jax.grad(lambda x: jnp.sum(jnp.linalg.slogdet(x)[1]))(a), rtol=1e-4)


def test_det_under_vmap_jacobians_and_second_derivatives():
    close(jaxlite.vmap(lnp.linalg.det)(lite(STACK)), jax.vmap(jnp.linalg.det)(STACK))
    close(jaxlite.vmap(jaxlite.grad(lnp.linalg.det))(lite(STACK)),
          jax.vmap(jax.grad(jnp.linalg.det))(STACK), rtol=1e-4)
    close(jaxlite.jacrev(jaxlite.vmap(lnp.linalg.det))(lite(STACK)),
          jax.jacrev(jax.vmap(jnp.linalg.det))(STACK), rtol=1e-4, atol=1e-4)
    close(jaxlite.jacfwd(lnp.linalg.det)(lite(B4)), jax.jacfwd(jnp.linalg.det)(B4), rtol=1e-4)
    close(jaxlite.hessian(lnp.linalg.det)(lite(B4)), jax.hessian(jnp.linalg.det)(B4),
          rtol=1e-4, atol=1e-4)
    close(jaxlite.grad(jaxlite.grad(lambda s: lnp.linalg.det(s * lite(B4))))(1.5),
          jax.grad(jax.grad(lambda s: jnp.linalg.det(s * B4)))(1.5), rtol=1e-4)
    close(jaxlite.jit(lnp.linalg.det)(lite(B4)), jax.jit(jnp.linalg.det)(B4))


def test_det_gradient_at_singular_matrices_is_the_cofactor_matrix_as_in_jax():
    for a in (np.diag([1.0, 2.0, 3.0, 0.0]), np.ones((4, 4))):
        a = a.astype(np.float32)
        close(jaxlite.grad(lnp.linalg.det)(lite(a)), jax.grad(jnp.linalg.det)(a))


def test_cholesky_values_and_derivatives():
    spd = np.stack([A3, A3 @ A3.T]).astype(np.float32)
    close(lnp.linalg.cholesky(lite(spd)), jnp.linalg.cholesky(spd), rtol=1e-5, atol=1e-5)
    close(lnp.linalg.cholesky(lite(A3), upper=True), jnp.linalg.cholesky(A3, upper=True))
    not_pd = np.array([[1.0, 2.0], [2.0, 1.0]], np.float32)
    close(lnp.linalg.cholesky(lite(not_pd)), jnp.linalg.cholesky(not_pd))
    close(jaxlite.vmap(lnp.linalg.cholesky)(lite(spd)), jax.vmap(jnp.linalg.cholesky)(spd),
          rtol=1e-5, atol=1e-5)
    close(jaxlite.grad(lambda x: lnp.linalg.cholesky(x)[2, 1])(lite(A3)),
          jax.grad(lambda x: jnp.linalg.cholesky(x)[2, 1])(A3), rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("uplo", [None, "U"])
@pytest.mark.parametrize("a", [A3, S4, [[2.0, 1.0], [1.0, 2.0]], [[2.0, 0.0], [0.0, 1.0]],
                               np.eye(3)], ids=["A3", "S4", "2x2", "diag", "eye"])
def test_eigh_matches_lapack_signs(a, uplo):
    a = np.asarray(a, np.float32)
    w, v = lnp.linalg.eigh(lite(a), UPLO=uplo)
    want = jnp.linalg.eigh(a, UPLO=uplo)
    close(w, want.eigenvalues, rtol=1e-5, atol=1e-5)
    close(v, want.eigenvectors, rtol=1e-4, atol=1e-5)


def test_eigh_result_stacks_vmap_and_derivatives():
    st3 = np.stack([A3, 0.5 * A3 + np.eye(3), A3.T @ A3]).astype(np.float32)
    got = lnp.linalg.eigh(lite(A3))
    assert type(got).__name__ == "EighResult" and got.eigenvalues is got[0]
    assert repr(got).startswith("EighResult(eigenvalues=Array([")
    close(lnp.linalg.eigvalsh(lite(st3)), jnp.linalg.eigvalsh(st3), rtol=1e-5)
    close(jaxlite.vmap(lnp.linalg.eigvalsh)(lite(st3)), jax.vmap(jnp.linalg.eigvalsh)(st3),
          rtol=1e-5)
    close(jaxlite.vmap(jaxlite.grad(lambda x: lnp.linalg.eigvalsh(x)[0]))(lite(st3)),
          jax.vmap(jax.grad(lambda x: jnp.linalg.eigvalsh(x)[0]))(st3), rtol=1e-4, atol=1e-6)
    close(jaxlite.jacfwd(lambda x: lnp.linalg.eigh(x)[1][:, 0])(lite(A3)),
          jax.jacfwd(lambda x: jnp.linalg.eigh(x)[1][:, 0])(A3), rtol=1e-4, atol=1e-5)
    close(jaxlite.grad(lambda x: lnp.linalg.eigh(x)[1][0, 2])(lite(A3)),
          jax.grad(lambda x: jnp.linalg.eigh(x)[1][0, 2])(A3), rtol=1e-4, atol=1e-5)

    def lite_f(s):
        return lnp.linalg.eigvalsh(s * lite(A3) + lnp.diag(lnp.arange(3.0)))[1]

    def real_f(s):
        return jnp.linalg.eigvalsh(s * A3 + jnp.diag(jnp.arange(3.0)))[1]

    close(jaxlite.grad(jaxlite.grad(lite_f))(0.7), jax.grad(jax.grad(real_f))(0.7), rtol=1e-3)


def test_eigenvalue_gradients_stay_finite_at_repeated_eigenvalues():
    # as JAX's symbolic zeros: the eigenvectors' (infinite) derivative is not part of it
    eye = np.eye(3, dtype=np.float32)
    close(jaxlite.grad(lambda x: lnp.linalg.eigh(x)[0][0])(lite(eye)),
          jax.grad(lambda x: jnp.linalg.eigh(x)[0][0])(eye))
    close(jaxlite.grad(lambda x: lnp.linalg.eigh(x)[1][0, 0])(lite(eye)),
          jax.grad(lambda x: jnp.linalg.eigh(x)[1][0, 0])(eye))
    close(jaxlite.jacrev(lnp.linalg.eigvalsh)(lite(eye[:2, :2])),
          jax.jacrev(jnp.linalg.eigvalsh)(eye[:2, :2]))
    close(jaxlite.grad(lambda x: lnp.linalg.svd(x)[1].sum())(lite(eye)),
          jax.grad(lambda x: jnp.linalg.svd(x)[1].sum())(eye))


@pytest.mark.parametrize("mode", ["reduced", "complete", "r"])
@pytest.mark.parametrize("a", [A3, B4, TALL, WIDE, np.stack([TALL, TALL + 1])],
                         ids=["A3", "B4", "tall", "wide", "stack"])
def test_qr_matches_lapack_signs(a, mode):
    got, want = lnp.linalg.qr(lite(a), mode=mode), jnp.linalg.qr(a, mode=mode)
    close(got, want, rtol=1e-5, atol=1e-5)
    if mode == "complete" and a.shape[-2] > a.shape[-1]:
        return
    i = 0 if mode == "r" else 1
    pick = (lambda r: r) if mode == "r" else (lambda r: r[i])
    close(jaxlite.grad(lambda x: lnp.sum(pick(lnp.linalg.qr(x, mode=mode)) ** 2))(lite(a)),
          jax.grad(lambda x: jnp.sum(pick(jnp.linalg.qr(x, mode=mode)) ** 2))(a),
          rtol=1e-4, atol=1e-5)
    if mode == "reduced":
        w = np.linspace(-1, 1, a.shape[-2] * min(a.shape[-2:]), dtype=np.float32)
        w = w.reshape(a.shape[-2], min(a.shape[-2:]))
        close(jaxlite.grad(lambda x: lnp.sum(lnp.linalg.qr(x)[0] * lite(w)))(lite(a)),
              jax.grad(lambda x: jnp.sum(jnp.linalg.qr(x)[0] * w))(a), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("a", [A3, TALL, WIDE], ids=["A3", "tall", "wide"])
@pytest.mark.parametrize("full", [True, False])
def test_svd_as_jax_prints_it_for_small_matrices(a, full):
    # LAPACK's gesdd signs are imitated by a rule, which holds for these (see the report)
    close(lnp.linalg.svd(lite(a), full_matrices=full), jnp.linalg.svd(a, full_matrices=full),
          rtol=1e-5, atol=2e-6)
    close(lnp.linalg.svd(lite(a), compute_uv=False), jnp.linalg.svd(a, compute_uv=False),
          rtol=1e-5)


def test_svd_based_functions():
    close(lnp.linalg.pinv(lite(TALL)), jnp.linalg.pinv(TALL), rtol=1e-5, atol=1e-6)
    close(jaxlite.grad(lambda x: lnp.linalg.pinv(x)[0, 1])(lite(A3)),
          jax.grad(lambda x: jnp.linalg.pinv(x)[0, 1])(A3), rtol=1e-4, atol=1e-6)
    b = np.array([1.0, 2.0, 4.0], np.float32)
    close(list(lnp.linalg.lstsq(lite(TALL), lite(b))), list(jnp.linalg.lstsq(TALL, b)),
          rtol=1e-5, atol=1e-6)
    close(jaxlite.grad(lambda x: lnp.linalg.lstsq(x, lite(b))[0].sum())(lite(A3)),
          jax.grad(lambda x: jnp.linalg.lstsq(x, b)[0].sum())(A3), rtol=1e-4, atol=1e-6)
    for m in (np.ones((3, 3), np.float32), B4, TALL):
        close(lnp.linalg.matrix_rank(lite(m)), jnp.linalg.matrix_rank(m))
    for p in (None, 1, -2, "fro", np.inf):
        close(lnp.linalg.cond(lite(A3), p), jnp.linalg.cond(A3, p), rtol=1e-5)
    close(lnp.linalg.cond(lite(np.ones((2, 2), np.float32))), jnp.linalg.cond(np.ones((2, 2))))
    close(jaxlite.grad(lnp.linalg.cond)(lite(A3)), jax.grad(jnp.linalg.cond)(A3), rtol=1e-4)
    for ord_ in (2, -2, "nuc"):
        close(lnp.linalg.norm(lite(A3), ord_), jnp.linalg.norm(A3, ord_), rtol=1e-5)
    close(jaxlite.grad(lambda x: lnp.linalg.norm(x, 2))(lite(A3)),
          jax.grad(lambda x: jnp.linalg.norm(x, 2))(A3), rtol=1e-4, atol=1e-6)
    close(jaxlite.vmap(lnp.linalg.svd)(lite(STACK))[1], jax.vmap(jnp.linalg.svd)(STACK)[1],
          rtol=1e-5)


def test_matrix_power_and_multi_dot():
    for n in (-2, 0, 1, 3, 5):
        close(lnp.linalg.matrix_power(lite(A3), n), jnp.linalg.matrix_power(A3, n), rtol=1e-5)
    v = np.ones(3, np.float32)
    close(lnp.linalg.multi_dot([lite(v), lite(A3), lite(A3)]), jnp.linalg.multi_dot([v, A3, A3]))


@pytest.mark.parametrize("call", [
    lambda m: m.linalg.cholesky(m.ones((3, 2))),
    lambda m: m.linalg.cholesky(m.ones((3,))),
    lambda m: m.linalg.cholesky([[1.0, 0.0], [0.0, 1.0]]),
    lambda m: m.linalg.eigh(m.ones((3, 2))),
    lambda m: m.linalg.eigh(m.eye(2), UPLO="X"),
    lambda m: m.linalg.qr(m.ones((3,))),
    lambda m: m.linalg.qr(m.eye(2), mode="x"),
    lambda m: m.linalg.svd(m.ones((3,))),
    lambda m: m.linalg.det(m.ones((3, 2))),
    lambda m: m.linalg.slogdet(m.ones((3,))),
    lambda m: m.linalg.inv(m.ones((3, 2))),
    lambda m: m.linalg.lstsq(m.ones((2, 3, 2)), m.ones((2, 3))),
    lambda m: m.linalg.lstsq(m.ones((3, 2)), m.ones((4,))),
    lambda m: m.linalg.pinv(m.ones(3)),
    lambda m: m.linalg.matrix_power(m.ones((2, 3)), 2),
    lambda m: m.linalg.multi_dot([m.ones((3, 3))]),
    lambda m: m.convolve(m.ones((2, 2)), m.ones(2)),
    lambda m: m.convolve(m.ones(2), m.ones(2), mode="x"),
    lambda m: m.convolve([1.0, 2.0], m.ones(2)),
    lambda m: m.convolve(m.ones(0), m.ones(2)),
])
def test_errors_are_jax_errors(call):
    with pytest.raises(Exception) as real:
        call(jnp)
    with pytest.raises(type(real.value)) as got:
        call(lnp)
    assert str(got.value).splitlines()[0] == str(real.value).splitlines()[0]


def test_svd_jvp_of_full_non_square_matrices_fails_as_in_jax():
    with pytest.raises(NotImplementedError, match="not implemented for full matrices"):
        jaxlite.jacfwd(lambda x: lnp.linalg.svd(x)[0])(lite(TALL))


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
@pytest.mark.parametrize("n", [(4, 3), (2, 3), (5, 2), (1, 1)])
def test_convolve(mode, n):
    a = np.linspace(-1, 2, n[0], dtype=np.float32)
    v = np.linspace(0.5, -1, n[1], dtype=np.float32)
    close(lnp.convolve(lite(a), lite(v), mode=mode), jnp.convolve(a, v, mode=mode))
    got = jaxlite.grad(lambda p, q: lnp.sum(lnp.convolve(p, q, mode=mode) ** 2), (0, 1))
    want = jax.grad(lambda p, q: jnp.sum(jnp.convolve(p, q, mode=mode) ** 2), (0, 1))
    close(got(lite(a), lite(v)), want(a, v), rtol=1e-5, atol=1e-5)
    ints = lnp.convolve(lnp.array([1, 2]), lnp.array([1, 2]), mode=mode)
    close(ints, jnp.convolve(jnp.array([1, 2]), jnp.array([1, 2]), mode=mode))
