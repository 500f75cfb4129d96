"""jaxlite's linear solves: the fast path on concrete values against the traced one and JAX."""

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import jaxlite.numpy as lnp
from jaxlite.numpy import linalg as llinalg

_values = st.floats(-4, 4, width=32)


@st.composite
def _systems(draw):
    n = draw(st.integers(1, 8))
    a = draw(hnp.arrays(np.float32, (n, n), elements=_values))
    columns = draw(st.sampled_from([None, 1, 3]))
    shape = (n,) if columns is None else (n, columns)
    return a, draw(hnp.arrays(np.float32, shape, elements=_values))


@settings(max_examples=60, deadline=None)
@given(_systems())
def test_values_path_is_the_traced_path_bit_for_bit(system):
    # Singular and nearly singular matrices included: nan and inf must come out alike too.
    a, b = (lnp.asarray(x.tolist(), dtype=lnp.float32) for x in system)
    traced = llinalg._lu_solve_rows(a, b)[0]
    fast = lnp.linalg.solve(a, b)
    assert repr(fast.tolist()) == repr(traced.tolist())


def test_solve_matches_jax_on_a_well_conditioned_system():
    rng = np.random.default_rng(0)
    a = (rng.normal(size=(12, 12)) + 6 * np.eye(12)).astype(np.float32)
    b = rng.normal(size=(12, 2)).astype(np.float32)
    got = np.asarray(lnp.linalg.solve(lnp.asarray(a.tolist()), lnp.asarray(b.tolist())).tolist())
    np.testing.assert_allclose(got, np.asarray(jnp.linalg.solve(a, b)), rtol=1e-5, atol=1e-6)
