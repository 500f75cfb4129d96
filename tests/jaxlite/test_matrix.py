"""Transformation matrix: each public jaxlite function under eager, jit, grad, vmap, jvp and vjp."""

# Every public function that jaxlite and real JAX 0.10.2 both have (jax.numpy, jax.lax, jax.nn,
# jax.scipy.special, jax.numpy.linalg) is called on a few inputs (float32 scalar, (3,) and
# (2, 3), int32, bool, a Python float) under each transformation and their common compositions,
# and everything a learner could see is compared with real JAX: values, shape, dtype, weak type,
# str, repr, type name, and, when either raises, the exception type and its first line. A
# second check reads every jaxlite error message for jaxlite's own class names and for Python's
# messages about a failed operator, which only appear when jaxlite itself went wrong.
#
# Calls are derived from each function's signature (one array: f(x); two: f(x, y); an `axis`
# parameter adds f(x, axis=...)); CALLS holds only what a signature cannot tell. Real JAX's
# results are remembered in the build cache, keyed by the case source and the JAX version, so
# a warm run only runs jaxlite. Cases that still differ are listed in
# matrix_known_differences.txt and must keep failing in the listed way: the list only shrinks.
#
#   python tests/jaxlite/test_matrix.py --report         the failure table, by kind and function
#   python tests/jaxlite/test_matrix.py --update-known   rewrite the known-differences list

from __future__ import annotations

import ast
import builtins
import contextlib
import functools
import importlib
import inspect
import json
import math
import os
import re
import signal
import subprocess
import sys
import threading
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
# conftest.py and pytest's `pythonpath` do this for a test run; the --report mode needs it too.
for _p in (str(REPO_ROOT), str(REPO_ROOT / "hooks"), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import build_cache  # noqa: E402
import pytest  # noqa: E402
from jaxlite_difftools import (  # noqa: E402
    RealJaxOutputs,
    compare_text,
    last_line,
    program_paths,
    run_under_jaxlite,
)

import jaxlite  # noqa: E402

KNOWN = HERE / "matrix_known_differences.txt"
MODULES = ("numpy", "lax", "nn", "scipy.special", "numpy.linalg")

# One float32 ulp is ~1.2e-7 of a value; transcendental functions may differ by 1-2 ulp between
# libm and XLA, and a gradient (or a second one, or a linear-algebra routine) chains several.
# RTOL = 1e-5 (~80 ulp) flags every wrong rule but no rounding noise; the absolute tolerance
# scales with the largest value of the output, for values that cancel to near zero.
RTOL = 1e-5
ATOL = 1e-6

# ---------------------------------------------------------------------------------------------
# Inputs. Each kind has a value for x, another for y (a second argument) and a tangent. The
# float values are mostly inside (-1, 1) and positive, so log, sqrt, arcsin, arctanh and logit
# are mostly defined, with a negative entry to reach the other branch; no two entries of a
# vector are tied, so max, sort and median have one gradient. The matrices are symmetric and
# positive definite, with distinct eigenvalues, so that every decomposition is defined.

_SPD = [2.0, 0.5, 0.25, 0.5, 1.5, 0.125, 0.25, 0.125, 1.0]
_SPD2 = [1.0, 0.25, 0.0, 0.25, 2.0, 0.5, 0.0, 0.5, 1.5]
_SYM_T = [0.5, 0.25, -0.5, 0.25, 1.0, 0.75, -0.5, 0.75, -0.25]
KINDS = {
    # kind: (dtype, shape, x, y, tangent); dtype None means a Python float
    "f32[]": ("float32", (), [0.5], [0.25], [1.5]),
    "f32[3]": ("float32", (3,), [0.25, -0.5, 0.75], [0.5, 0.625, -0.25], [1.0, -0.5, 2.0]),
    "f32[2,3]": (
        "float32", (2, 3),
        [0.5, -0.25, 0.75, 0.125, 0.625, -0.875],
        [0.375, 0.5, -0.125, 0.25, -0.75, 0.875],
        [1.0, 0.5, -1.5, 2.0, -0.25, 0.75],
    ),
    "i32[3]": ("int32", (3,), [2, -1, 3], [1, 3, -2], None),
    "bool[3]": ("bool", (3,), [True, False, True], [False, False, True], None),
    "float": (None, (), [0.75], [0.5], [1.25]),
    "f32[3,3]": ("float32", (3, 3), _SPD, _SPD2, _SYM_T),
    "f32[2,3,3]": (
        "float32", (2, 3, 3),
        _SPD + [v + (0.5 if i % 4 == 0 else 0.0) for i, v in enumerate(_SPD)],
        _SPD2 + _SPD,
        _SYM_T + [-v for v in _SYM_T],
    ),
    "i32[3,3]": ("int32", (3, 3), [2, 1, 0, 1, 3, 1, 0, 1, 2], [1, 0, 2, 0, 1, 0, 1, 0, 1], None),
    "none": None,
}

TRANSFORMS = ("eager", "jit", "grad", "vmap", "jvp", "vjp", "jit_grad", "vmap_grad", "grad_grad")

# For each category of function, the input kinds each transformation runs on: every kind
# eagerly and under jit, float kinds under the derivatives, kinds with a leading axis under vmap.
_EW = ("f32[]", "f32[3]", "f32[2,3]", "i32[3]", "bool[3]", "float")
CATEGORIES = {
    "elementwise": {
        "eager": _EW, "jit": _EW, "grad": ("f32[]", "f32[3]", "f32[2,3]", "float"),
        "vmap": ("f32[3]", "f32[2,3]", "i32[3]", "bool[3]"),
        "jvp": ("f32[]", "f32[2,3]", "float"), "vjp": ("f32[]", "f32[2,3]"),
        "jit_grad": ("f32[2,3]",), "vmap_grad": ("f32[2,3]",), "grad_grad": ("f32[]",),
    },
    # linear algebra and products: square (and stacked) matrices, with vectors and a
    # non-square matrix eagerly, where most functions must refuse them as JAX does
    "matrix": {
        "eager": ("f32[3]", "f32[2,3]", "f32[3,3]", "f32[2,3,3]", "i32[3,3]"),
        "jit": ("f32[3,3]", "f32[2,3,3]"), "grad": ("f32[2,3]", "f32[3,3]"),
        "vmap": ("f32[2,3,3]",), "jvp": ("f32[3,3]",), "vjp": ("f32[3,3]",),
        "jit_grad": ("f32[3,3]",), "vmap_grad": ("f32[2,3,3]",), "grad_grad": ("f32[3,3]",),
    },
    # a scalar argument (a start, a fill value): vmap maps over a vector of them
    "scalar": {
        "eager": ("f32[]", "float", "i32[3]"), "jit": ("f32[]", "float"),
        "grad": ("f32[]", "float"), "vmap": ("f32[3]",), "jvp": ("f32[]",), "vjp": ("f32[]",),
        "jit_grad": ("f32[]",), "vmap_grad": ("f32[3]",), "grad_grad": ("f32[]",),
    },
    # no array argument at all (zeros((2, 3)), eye(3))
    "creation": {"eager": ("none",), "jit": ("none",)},
    # answers about an array rather than an array (shape, ndim, result_type)
    "meta": {"eager": _EW, "jit": ("f32[2,3]",)},
}

# ---------------------------------------------------------------------------------------------
# How to call each function. A call is an expression in `f` (the function), `x` and `y` (the
# inputs), `jnp` and `lax` (the engine's modules) and the helpers below.

# Values for required parameters that are not arrays, by parameter name.
PARAM_VALUES = {
    "axis": "0", "axis1": "0", "axis2": "-1", "source": "0", "destination": "-1",
    "shift": "1", "repeats": "2", "reps": "2", "indices_or_sections": "[1]",
    "pad_width": "1", "num_classes": "3", "indices": "jnp.array([1, 0])", "fill_value": "2.0",
    "n": "2", "sizes": "(2,)", "index": "1", "shape": "(2, 3)", "N": "3",
}
# Functions whose first parameter is one of these build an array from nothing.
CREATION_FIRST = {"shape", "N", "n"}
# Functions whose first parameter is one of these take a sequence of arrays.
SEQUENCE_FIRST = {"arrays", "tup"}


def double(v):
    return v * 2


def halve(v):
    return v / 2 - 1


def scan_step(carry, v):
    return carry + v, carry * v


def fori_body(i, carry):
    return carry * 1.5 + i


def while_cond(carry):
    return carry[1] < 3


def while_body(carry):
    return carry[0] * 1.5, carry[1] + 1


HELPERS = {f.__name__: f for f in (double, halve, scan_step, fori_body, while_cond, while_body)}

# Calls a signature cannot tell: path -> list of (expression, category or None, minimum ndim of
# the inputs). A category of None is the module's.
CALLS = {
    "numpy.arange": [("f(5)", "creation", 0), ("f(x)", "scalar", 0)],
    "numpy.array": [("f(x)", None, 0), ("f([x, y])", None, 0)],
    "numpy.linspace": [("f(x, 2.0, 5)", "scalar", 0)],
    "numpy.logspace": [("f(x, 2.0, 4)", "scalar", 0)],
    "numpy.full": [("f((2, 3), x)", "scalar", 0)],
    "numpy.broadcast_to": [("f(x, (2,) + jnp.shape(x))", None, 0)],
    "numpy.reshape": [("f(x, (-1,))", None, 0), ("f(x, (1, -1))", None, 0)],
    "numpy.take_along_axis": [("f(x, jnp.argsort(x, axis=-1), axis=-1)", None, 1)],
    "numpy.percentile": [("f(x, 50.0)", None, 0), ("f(x, 25.0, axis=-1)", None, 1)],
    "numpy.quantile": [("f(x, 0.25)", None, 0), ("f(x, 0.75, axis=-1)", None, 1)],
    "numpy.interp": [("f(x, jnp.array([0.0, 0.5, 1.0]), jnp.array([1.0, 3.0, 2.0]))", None, 0)],
    "numpy.select": [("f([x > 0.3, x < 0.0], [x, y], 0.5)", None, 0)],
    "numpy.where": [("f(x > 0.3, x, y)", None, 0), ("f(x > 0.3)", None, 0)],
    "numpy.einsum": [("f('ij,jk->ik', x, y)", "matrix", 0), ("f('...,...->...', x, y)", None, 0)],
    "numpy.clip": [("f(x, -0.3, 0.6)", None, 0), ("f(x, max=y)", None, 0)],
    "numpy.vectorize": [("f(double)(x)", None, 0)],
    "numpy.broadcast_shapes": [("f((2, 1), (3,))", "creation", 0)],
    "numpy.result_type": [("f(x, y)", "meta", 0)],
    "numpy.issubdtype": [("f(jnp.float32, jnp.floating)", "creation", 0)],
    "numpy.dtype": [("f('float32')", "creation", 0)],
    "numpy.finfo": [("f(jnp.float32)", "creation", 0)],
    "numpy.iinfo": [("f(jnp.int32)", "creation", 0)],
    "numpy.astype": [("f(x, jnp.int32)", None, 0), ("f(x, jnp.float32)", None, 0)],
    "numpy.unique": [("f(x)", None, 0), ("f(x, size=3, fill_value=0)", None, 0)],
    "lax.associative_scan": [("f(jnp.add, x)", None, 1)],
    "lax.broadcast_in_dim": [
        ("f(x, (2,) + jnp.shape(x), tuple(range(1, jnp.ndim(x) + 1)))", None, 0)],
    "lax.concatenate": [("f([x, y], 0)", None, 1)],
    "lax.cond": [("f(jnp.sum(x) > 0, double, halve, x)", None, 0)],
    "lax.convert_element_type": [("f(x, jnp.int32)", None, 0), ("f(x, jnp.float32)", None, 0)],
    "lax.dynamic_slice": [("f(x, (1,) * jnp.ndim(x), (1,) * jnp.ndim(x))", None, 0)],
    "lax.dynamic_update_slice": [("f(x, y[..., :1], (0,) * jnp.ndim(x))", None, 1)],
    "lax.fori_loop": [("f(0, 3, fori_body, x)", None, 0)],
    "lax.integer_pow": [("f(x, 3)", None, 0)],
    "lax.iota": [("f(jnp.int32, 4)", "creation", 0)],
    "lax.map": [("f(double, x)", None, 1)],
    "lax.reshape": [("f(x, (1,) + jnp.shape(x))", None, 0)],
    "lax.select": [("f(x > 0.3, x, y)", None, 0)],
    "lax.scan": [("f(scan_step, x[0], x)", None, 1)],
    "lax.slice": [("f(x, (0,) * jnp.ndim(x), (1,) * jnp.ndim(x))", None, 0)],
    "lax.switch": [("f(1, [double, halve], x)", None, 0)],
    "lax.transpose": [("f(x, tuple(reversed(range(jnp.ndim(x)))))", None, 0)],
    "lax.while_loop": [("f(while_cond, while_body, (x, 0))", None, 0)],
    "nn.gelu": [("f(x)", None, 0), ("f(x, approximate=False)", None, 0)],
    "numpy.linalg.svd": [
        ("f(x)", None, 0), ("f(x, full_matrices=False)", None, 0),
        ("f(x, compute_uv=False)", None, 0)],
    "numpy.linalg.qr": [("f(x)", None, 0), ("f(x, mode='r')", None, 0)],
    "numpy.linalg.norm": [("f(x)", None, 0), ("f(x, ord=1)", None, 0), ("f(x, axis=-1)", None, 1)],
}
# Which functions take matrices (the rest of numpy.linalg does) or not (the rest of linalg).
MATRIX_FUNCTIONS = {
    "numpy.matmul", "numpy.dot", "numpy.tensordot", "numpy.trace", "numpy.diagonal",
    "numpy.matrix_transpose", "lax.dot",
}
NOT_MATRIX_FUNCTIONS = {
    "numpy.linalg.cross", "numpy.linalg.outer", "numpy.linalg.vecdot", "numpy.linalg.vector_norm",
}
# Answers about arrays rather than arrays.
META_FUNCTIONS = {"numpy.shape", "numpy.ndim", "numpy.size", "numpy.iscomplexobj"}

# Public functions the matrix cannot call: classes that are not meant to be called. A
# function that joins them, or leaves them, fails test_uncovered_functions_are_listed.
UNCOVERED = {"numpy.ndarray", "lax.RoundingMethod"}


@dataclass(frozen=True)
class Call:
    expr: str
    category: str
    min_ndim: int
    only: frozenset | None = None  # the transformations to run it under, None for all


@dataclass(frozen=True)
class Case:
    id: str
    path: str
    expr: str
    transform: str
    kind: str

    @property
    def arity(self):
        return arity(self.expr)


def arity(expr):
    names = set(re.findall(r"\b[xy]\b", expr))
    return 2 if "y" in names else 1 if "x" in names else 0


# ---------------------------------------------------------------------------------------------
# The functions


def _real_names(module):
    """Real JAX's public names in jax.<module>: from jaxlite/_jax_names.py when the test run
    has written it, else from real JAX itself."""
    try:
        from jaxlite import _jax_names

        return set(_jax_names.NAMES[f"jax.{module}"])
    except (ImportError, KeyError):
        return set(dir(importlib.import_module(f"jax.{module}")))


@functools.cache
def public_functions():
    """path -> jaxlite function, for public callables in both jaxlite and real JAX."""
    found = {}
    for module in MODULES:
        lite = importlib.import_module(f"jaxlite.{module}")
        real = _real_names(module)
        for name in sorted(dir(lite)):
            value = getattr(lite, name)
            if name.startswith("_") or name not in real or inspect.ismodule(value):
                continue
            if callable(value):
                found[f"{module}.{name}"] = value
    return found


def _parameters(function):
    """[(name, kind, has default, default)] of a signature (a default that is not a plain
    constant as None), None when it is only (*args, **kwargs)."""
    try:
        params = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return None
    kinds = {p.kind for p in params}
    if kinds == {inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD}:
        return None
    plain = (int, float, str, bool, type(None))
    return [(p.name, p.kind.name, p.default is not p.empty,
             p.default if isinstance(p.default, plain) else None) for p in params]


def _real_signature(path):
    # Where jaxlite's signature is only (*args, **kwargs), real JAX's says what to pass; a
    # NumPy-style ufunc says how many operands it takes.
    module, _, name = path.rpartition(".")
    real = getattr(importlib.import_module(f"jax.{module}"), name)
    nin = getattr(real, "nin", None)
    if isinstance(nin, int):
        return [(f"x{i}", "POSITIONAL_ONLY", False, None) for i in range(nin)]
    return _parameters(real)


@functools.cache
def signatures():
    """path -> parameters, jaxlite's or, where it has none, real JAX's (from the build cache)."""
    result, ask_jax = {}, []
    for path, function in public_functions().items():
        params = _parameters(function)
        if params is None and path not in CALLS:
            ask_jax.append(path)
        result[path] = params
    if ask_jax:
        key = build_cache.digest(
            inspect.getsource(_parameters), inspect.getsource(_real_signature), *ask_jax)
        real = build_cache.remember(
            "jax-matrix-signatures", key, lambda: {p: _real_signature(p) for p in ask_jax})
        result.update(real)
    return result


def _category(path):
    if path in META_FUNCTIONS:
        return "meta"
    if path in MATRIX_FUNCTIONS or (
        path.startswith("numpy.linalg.") and path not in NOT_MATRIX_FUNCTIONS
    ):
        return "matrix"
    return "elementwise"


def calls_for(path):
    """The calls of one function: from CALLS, else derived from its signature; [] if none."""
    category = _category(path)
    if path in CALLS:
        return [Call(expr, cat or category, nd) for expr, cat, nd in CALLS[path]]
    params = signatures().get(path)
    if params is None:
        return []
    positional = [p for p in params if p[1] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")]
    required = [p[0] for p in positional if not p[2]]
    names = {p[0]: p for p in params}
    varargs = any(p[1] == "VAR_POSITIONAL" for p in params)
    if required and required[0] in CREATION_FIRST:
        args = [PARAM_VALUES.get(name) for name in required]
        if None in args:
            return []
        return [Call(f"f({', '.join(args)})", "creation", 0)]
    if required and required[0] in SEQUENCE_FIRST:
        args = ["[x, y]"]
    elif required:
        args = ["x"]
    elif varargs:
        args = ["x", "y"]
    elif positional:  # scalar types: float32(x=0)
        args = ["x"]
    else:
        return []
    for name in required[1:]:
        if name in PARAM_VALUES:
            args.append(PARAM_VALUES[name])
        elif "y" not in args:
            args.append("y")
        else:
            return []
    calls = [Call(f"f({', '.join(args)})", category, 0)]
    if "axis" in names and "axis" not in required:
        # the axis the default does not already choose
        axis = -1 if names["axis"][3] == 0 else 0
        calls.append(Call(f"f({', '.join(args)}, axis={axis})", category, 1))
        if "keepdims" in names:
            calls.append(Call(f"f({', '.join(args)}, axis=-1, keepdims=True)", category, 1,
                              frozenset({"eager", "jit", "grad", "vmap"})))
    if "size" in names and not varargs and category != "meta":
        calls.append(Call(f"f({', '.join(args)}, size=2)", category, 0))
    return calls


def _ndim(kind):
    spec = KINDS[kind]
    return 0 if spec is None else len(spec[1])


def _case_id(path, expr, transform, kind):
    call = path + re.sub(r"\s+", "", expr)[1:]
    return f"{call}/{transform}/{kind}"


@functools.cache
def all_cases():
    """path -> list of Case, in a fixed order."""
    result = {}
    for path in public_functions():
        cases = []
        for call in calls_for(path):
            for transform, kinds in CATEGORIES[call.category].items():
                if call.only is not None and transform not in call.only:
                    continue
                for kind in kinds:
                    if _ndim(kind) < call.min_ndim or (arity(call.expr) == 0) != (kind == "none"):
                        continue
                    case_id = _case_id(path, call.expr, transform, kind)
                    cases.append(Case(case_id, path, call.expr, transform, kind))
        if cases:
            result[path] = cases
    return result


def uncovered_functions():
    return sorted(set(public_functions()) - set(all_cases()))


# ---------------------------------------------------------------------------------------------
# Running a case under one engine. The same code runs real JAX and jaxlite; only the modules
# differ.


def engine(name):
    """The modules of `jax` (real JAX) or `jaxlite`, as one namespace."""
    top = importlib.import_module(name)
    if name == "jax":
        assert "jaxlite" not in (top.__file__ or ""), "jax is bound to jaxlite in this process"
    mods = {m: importlib.import_module(f"{name}.{m}") for m in MODULES}
    return SimpleNamespace(top=top, numpy=mods["numpy"], lax=mods["lax"], mods=mods,
                           tree_util=importlib.import_module(f"{name}.tree_util"))


def resolve(E, path):
    module, _, name = path.rpartition(".")
    return getattr(E.mods[module], name)


def make_input(E, kind, which):
    """Input `which` (0: x, 1: y, 2: the tangent) of a kind, built by the engine E."""
    dtype, shape, *values = KINDS[kind]
    flat = values[which]
    if dtype is None:
        return flat[0]
    nested = flat
    for size in reversed(shape[1:]):
        nested = [nested[i : i + size] for i in range(0, len(nested), size)]
    if not shape:
        nested = flat[0]
    return E.numpy.array(nested, dtype=getattr(E.numpy, "bool_" if dtype == "bool" else dtype))


def _total(E, out):
    """The sum of every float output (grad's scalar), or of the first output if none is float,
    so that grad of an integer function raises JAX's error."""
    leaves = E.tree_util.tree_leaves(out)
    floats = [leaf for leaf in leaves
              if isinstance(leaf, float) or "float" in str(getattr(leaf, "dtype", ""))]
    total = None
    for leaf in floats or leaves[:1]:
        part = E.numpy.sum(leaf)
        total = part if total is None else total + part
    return total


def apply_transform(E, transform, f, args, tangents):
    """The value of one transformation of f at args (all positional, all differentiated)."""
    J = E.top
    argnums = 0 if len(args) == 1 else tuple(range(len(args)))

    def total(*a):
        return _total(E, f(*a))

    if transform == "eager":
        return f(*args)
    if transform == "jit":
        return J.jit(f)(*args)
    if transform == "grad":
        return J.grad(total, argnums)(*args)
    if transform == "vmap":
        return J.vmap(f)(*args)
    if transform == "jvp":
        return J.jvp(f, tuple(args), tuple(tangents))
    if transform == "vjp":
        out, pullback = J.vjp(f, *args)
        return out, pullback(E.tree_util.tree_map(lambda o: E.numpy.full_like(o, 1.5), out))
    if transform == "jit_grad":
        return J.jit(J.grad(total, argnums))(*args)
    if transform == "vmap_grad":
        return J.vmap(J.grad(total, argnums))(*args)
    if transform == "grad_grad":
        return J.grad(lambda *a: _total(E, J.grad(total, argnums)(*a)), argnums)(*args)
    raise ValueError(transform)


@functools.cache
def _compiled(expr):
    return compile(expr, "<matrix case>", "eval")


def case_function(E, case):
    code, f = _compiled(case.expr), resolve(E, case.path)
    base = {"f": f, "jnp": E.numpy, "lax": E.lax, **HELPERS}

    def call(*args):
        return eval(code, {**base, **dict(zip("xy", args, strict=False))})

    return call


def error_text(exc):
    """The exception and those it was raised from or during, as a traceback shows them."""
    parts, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        parts.append(f"{type(exc).__name__}: {exc}")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "\n".join(parts)


class CaseTimeout(BaseException):
    """A case ran too long; not an Exception, so that no `except Exception` in an engine
    swallows it."""


@contextlib.contextmanager
def _time_limit(seconds):
    # A runaway case (an engine stuck in a loop) must fail, not hang the whole test run.
    # SIGALRM only exists on POSIX and only reaches the main thread; elsewhere, no limit.
    usable = (hasattr(signal, "SIGALRM") and signal.getsignal(signal.SIGALRM) in (
        signal.SIG_DFL, None) and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def alarm(signum, frame):
        raise CaseTimeout(f"case took longer than {seconds} s")

    signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def run_case(E, case):
    """The description of what one case gives (or raises) under engine E."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with _time_limit(20):
                if case.kind == "none":
                    args = tangents = []
                else:
                    args = [make_input(E, case.kind, i) for i in range(case.arity)]
                    tangents = ([make_input(E, case.kind, 2)] * case.arity
                                if KINDS[case.kind][4] is not None else [])
                out = apply_transform(E, case.transform, case_function(E, case), args, tangents)
                return describe(out)
        except CaseTimeout as exc:
            return {"t": "raise", "type": "CaseTimeout", "first": str(exc), "text": str(exc)}
        except Exception as exc:  # any exception: what the learner would see is the point
            message = str(exc)
            return {"t": "raise", "type": type(exc).__name__,
                    "first": message.splitlines()[0] if message else "",
                    "text": error_text(exc)}


def _flatten(values):
    if isinstance(values, list):
        return [v for item in values for v in _flatten(item)]
    return [values]


def _json_number(v):
    # JSON has no NaN or infinity; keep them as text, and anything else that is not a number
    # (float0's empty records) as its repr.
    if isinstance(v, float) and not math.isfinite(v):
        return repr(v)
    return v if isinstance(v, bool | int | float) else repr(v)


def describe(value):
    """What a learner can see of an output, as JSON: recursively for containers."""
    if isinstance(value, tuple | list):
        return {"t": "seq", "type": type(value).__name__, "items": [describe(v) for v in value]}
    if isinstance(value, dict):
        return {"t": "dict", "type": type(value).__name__,
                "items": {str(k): describe(v) for k, v in value.items()}}
    if hasattr(value, "shape") and hasattr(value, "dtype") and hasattr(value, "tolist"):
        return {
            "t": "array", "type": type(value).__name__, "shape": list(value.shape),
            # real JAX's ArrayImpl and jaxlite's arrays both carry `.weak_type` (the same as
            # jax.typeof(x).weak_type); float0 tangents are NumPy arrays, never weak
            "dtype": str(value.dtype), "weak": bool(getattr(value, "weak_type", False)),
            "values": [_json_number(v) for v in _flatten(value.tolist())],
            "str": str(value), "repr": repr(value),
        }
    return {"t": "py", "type": type(value).__name__, "repr": repr(value)}


# ---------------------------------------------------------------------------------------------
# Comparing


def _number(v):
    """A described value back as a number; non-numbers stay text."""
    return float(v) if v in ("nan", "inf", "-inf") else v


def _finite_magnitudes(values):
    return [abs(v) for v in map(_number, values)
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)]


def _values_close(want, got):
    if len(want) != len(got):
        return False
    want, got = [_number(v) for v in want], [_number(v) for v in got]
    atol = ATOL * (1.0 + max(_finite_magnitudes(want), default=0.0))
    for a, b in zip(want, got, strict=True):
        numbers = all(isinstance(v, int | float) for v in (a, b))
        if not numbers or isinstance(a, bool) or isinstance(b, bool) or (
            isinstance(a, int) and isinstance(b, int)
        ):
            if a != b:
                return False
        elif math.isnan(a) or math.isnan(b):
            if not (math.isnan(a) and math.isnan(b)):
                return False
        elif math.isinf(a) or math.isinf(b):
            if a != b:
                return False
        elif abs(a - b) > atol + RTOL * abs(a):
            return False
    return True


def _text_close(want, got, values=()):
    atol = ATOL * (1.0 + max(_finite_magnitudes(values), default=0.0))
    return compare_text(_normal(want), _normal(got), RTOL, atol) is None


def _normal(text):
    # Object addresses differ on every run and between the engines; they are no difference.
    return re.sub(r"0x[0-9a-fA-F]+", "0x...", text)


def _short(text, limit=140):
    text = _normal(text).replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def compare(want, got, where=""):
    """[(kind, detail)] of every way `got` (jaxlite) differs from `want` (real JAX)."""
    at = f" at {where}" if where else ""
    if want["t"] == "raise" or got["t"] == "raise":
        if want["t"] != "raise":
            return [("error", f"jaxlite raises{at} {got['type']}: {_short(got['first'])}; "
                              f"JAX returns {_short(_summary(want))}")]
        if got["t"] != "raise":
            return [("error", f"JAX raises{at} {want['type']}: {_short(want['first'])}; "
                              f"jaxlite returns {_short(_summary(got))}")]
        if want["type"] != got["type"]:
            return [("error", f"exception type{at}: JAX {want['type']}: {_short(want['first'])}; "
                              f"jaxlite {got['type']}: {_short(got['first'])}")]
        if _normal(want["first"]) != _normal(got["first"]):
            return [("error", f"message{at}: JAX {_short(want['first'])!r}; "
                              f"jaxlite {_short(got['first'])!r}")]
        return []
    problems = []
    if want["type"] != got["type"]:
        problems.append(("type", f"type{at}: JAX {want['type']}, jaxlite {got['type']}"))
    if want["t"] != got["t"]:
        problems.append(("structure", f"output{at}: JAX {_short(_summary(want))}, "
                                      f"jaxlite {_short(_summary(got))}"))
        return problems
    if want["t"] == "seq":
        if len(want["items"]) != len(got["items"]):
            problems.append(("structure", f"length{at}: JAX {len(want['items'])}, "
                                          f"jaxlite {len(got['items'])}"))
            return problems
        for i, (a, b) in enumerate(zip(want["items"], got["items"], strict=True)):
            problems += compare(a, b, f"{where}[{i}]")
        return problems
    if want["t"] == "dict":
        if sorted(want["items"]) != sorted(got["items"]):
            problems.append(("structure", f"keys{at}: JAX {sorted(want['items'])}, "
                                          f"jaxlite {sorted(got['items'])}"))
            return problems
        for k in want["items"]:
            problems += compare(want["items"][k], got["items"][k], f"{where}[{k!r}]")
        return problems
    if want["t"] == "py":
        if not _text_close(want["repr"], got["repr"]):
            problems.append(("repr", f"repr{at}: JAX {_short(want['repr'])!r}, "
                                     f"jaxlite {_short(got['repr'])!r}"))
        return problems
    if want["shape"] != got["shape"]:
        problems.append(("shape", f"shape{at}: JAX {tuple(want['shape'])}, "
                                  f"jaxlite {tuple(got['shape'])}"))
    if want["dtype"] != got["dtype"]:
        problems.append(("dtype", f"dtype{at}: JAX {want['dtype']}, jaxlite {got['dtype']}"))
    if want["weak"] != got["weak"]:
        problems.append(("weak", f"weak_type{at}: JAX {want['weak']}, jaxlite {got['weak']}"))
    if want["shape"] == got["shape"] and not _values_close(want["values"], got["values"]):
        problems.append(("value", f"values{at}: JAX {_short(str(want['values']))}, "
                                  f"jaxlite {_short(str(got['values']))}"))
    for field in ("str", "repr"):
        if not _text_close(want[field], got[field], want["values"]):
            problems.append((field, f"{field}{at}: JAX {_short(want[field])!r}, "
                                    f"jaxlite {_short(got[field])!r}"))
    return problems


def _summary(d):
    if d["t"] == "raise":
        return f"{d['type']}: {d['first']}"
    if d["t"] == "array":
        return d["repr"]
    if d["t"] == "py":
        return d["repr"]
    return f"{d['type']} of {len(d['items'])}"


# ---------------------------------------------------------------------------------------------
# Real JAX's answers, remembered in the build cache. The key holds the source of everything
# that decides them (the cases' expressions, kinds and transformations, the input values, the
# helpers, and the code that runs and describes a case); build_cache adds the JAX version.

_RUNNER_SOURCE = "\n".join(
    inspect.getsource(obj)
    for obj in (engine, resolve, make_input, _total, apply_transform, case_function,
                error_text, run_case, _flatten, _json_number, describe, *HELPERS.values()))


def expected_key(cases):
    spec = [[c.id, c.path, c.expr, c.transform, c.kind] for c in cases]
    return build_cache.digest(
        "jax-matrix v1", _RUNNER_SOURCE, json.dumps(KINDS, sort_keys=True), json.dumps(spec))


def expected(path):
    """{case id: real JAX's description} for one function's cases."""
    cases = all_cases()[path]

    def compute():
        E = _real_engine()
        return {case.id: run_case(E, case) for case in cases}

    return build_cache.remember("jax-matrix", expected_key(cases), compute)


@functools.cache
def _real_engine():
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    return engine("jax")


@functools.cache
def _lite_engine():
    return engine("jaxlite")


@functools.cache
def actual(path):
    """{case id: jaxlite's description}; kept for this process, as both checks read it."""
    E = _lite_engine()
    return {case.id: run_case(E, case) for case in all_cases()[path]}


@functools.cache
def differences(path):
    """{case id: [(kind, detail)]} for the cases of one function that differ, leaks included."""
    want, got = expected(path), actual(path)
    result = {}
    for case in all_cases()[path]:
        problems = compare(want[case.id], got[case.id]) + leaks(want[case.id], got[case.id])
        if problems:
            result[case.id] = problems
    return result


# ---------------------------------------------------------------------------------------------
# Error texts that only a bug inside jaxlite produces: its own class names (JAX has none of
# them, so a learner cannot know them) and Python's words for an operator or unpacking that
# failed on jaxlite's own values.

PYTHON_FAILURES = [
    r"unsupported operand type\(s\)", r"too many values to unpack",
    r"not enough values to unpack", r"object is not subscriptable", r"object is not iterable",
    r"object is not callable", r"can't multiply sequence", r"can only concatenate",
    r"(list|tuple) indices must be", r"index out of range", r"has no len\(\)",
    r"maximum recursion depth", r"division by zero", r"division or modulo by zero",
    r"math domain error", r"cannot be interpreted as an integer", r"must be real number, not",
    r"NoneType", r"unhashable type", r"not supported between instances of",
    r"has no attribute '_", r"referenced before assignment", r"cannot access local variable",
    r"is not defined", r"argument after \* must be", r"missing \d+ required positional",
    r"takes \d+ positional arguments? but \d+ (were|was) given",
    r"got an unexpected keyword argument", r"got multiple values for argument",
]


def _jaxlite_class_names():
    names = set()
    for source in sorted((REPO_ROOT / "jaxlite").rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
    return names


# Run in a fresh interpreter, so that the answer does not depend on what else this process has
# imported: the class names in every module of real JAX that the modules jaxlite binds load,
# and the words of the tracers JAX prints (JitTracer, GradTracer, VmapTracer are no classes).
_REAL_VOCABULARY = """
import importlib, json, re, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
import jax, jax.numpy as jnp
names = set()
for module in list(sys.modules.values()):
    name = getattr(module, "__name__", "")
    if name in ("jax", "jaxlib") or name.startswith(("jax.", "jaxlib.")):
        for key, value in list(vars(module).items()):
            if isinstance(value, type):
                names.update((key, value.__name__))
shown = []
def show(x):
    shown.append(repr(x))
    return x
jax.jit(show)(1.0); jax.grad(show)(1.0); jax.vmap(show)(jnp.ones(2))
jax.jvp(show, (1.0,), (1.0,)); jax.vjp(show, 1.0); jax.linearize(show, 1.0)
for text in shown:
    names.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
print(json.dumps(sorted(names)))
"""


def _real_vocabulary():
    modules = ["jax", *(f"jax.{sub}" for sub in jaxlite._SUBMODULES)]
    env = {**os.environ, "JAX_PLATFORMS": "cpu"}
    proc = subprocess.run([sys.executable, "-c", _REAL_VOCABULARY, *modules], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


@functools.cache
def internal_names():
    """Class names defined in jaxlite that real JAX (and Python) neither has nor prints."""
    ours = _jaxlite_class_names()
    key = build_cache.digest(_REAL_VOCABULARY, *jaxlite._SUBMODULES)
    real = set(build_cache.remember("jax-matrix-vocabulary", key, _real_vocabulary))
    return sorted(ours - real - set(dir(builtins)))


@functools.cache
def _leak_patterns():
    words = [re.escape(name) for name in internal_names()]
    named = re.compile(r"(?<![\w.])(" + "|".join(words) + r")(?!\w)") if words else None
    return named, [re.compile(p) for p in PYTHON_FAILURES]


def leak_findings(text, reference=""):
    """What in `text` (jaxlite's) reveals jaxlite's insides and `reference` (JAX's) lacks."""
    named, failures = _leak_patterns()
    found = []
    if named is not None:
        for m in named.finditer(text):
            if m.group(1) not in reference and f"jaxlite name {m.group(1)!r}" not in found:
                found.append(f"jaxlite name {m.group(1)!r}")
    for pattern in failures:
        m = pattern.search(text)
        if m and not pattern.search(reference):
            found.append(f"Python's {m.group(0)!r}")
    return found


def leaks(want, got):
    if got["t"] != "raise":
        return []
    reference = want.get("text", "") if want["t"] == "raise" else ""
    found = leak_findings(got["text"], reference)
    if not found:
        return []
    return [("leak", f"{', '.join(found)} in {_short(got['type'] + ': ' + got['first'])}")]


# ---------------------------------------------------------------------------------------------
# The list of known differences: "<case id> <kind,kind> <reason>" per line.


def read_known():
    listed = {}
    if not KNOWN.exists():
        return listed
    for line in KNOWN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        case_id, kinds, *reason = line.split(maxsplit=2)
        listed[case_id] = (set(kinds.split(",")), reason[0] if reason else "")
    return listed


def write_known(found):
    """Rewrite the list from {case id: [(kind, detail)]}."""
    lines = [
        "# Matrix cases where jaxlite still differs from real JAX (tests/jaxlite/test_matrix.py).",
        "# <case id> <kinds> <first difference>; case id = call/transformation/input kind.",
        "# A listed case that starts to match fails the run until it is removed, so this list",
        "# only shrinks. Regenerate: python tests/jaxlite/test_matrix.py --update-known",
    ]
    for case_id in sorted(found):
        problems = found[case_id]
        kinds = ",".join(sorted({k for k, _ in problems}))
        lines.append(f"{case_id} {kinds} {_short(problems[0][1], 160)}")
    KNOWN.write_text("\n".join(lines) + "\n", encoding="utf-8")


KNOWN_DIFFERENCES = read_known()


def _check(path, kinds_checked, what):
    """Fail unless exactly the listed cases of `path` differ, in (at most) the listed ways."""
    found = {case_id: [p for p in problems if p[0] in kinds_checked]
             for case_id, problems in differences(path).items()}
    found = {case_id: problems for case_id, problems in found.items() if problems}
    report = []
    for case in all_cases()[path]:
        listed = KNOWN_DIFFERENCES.get(case.id, (set(), ""))[0] & kinds_checked
        problems = found.get(case.id, [])
        if listed and not problems:
            report.append(f"{case.id}: now passes: remove it from {KNOWN.name}")
        elif problems and not listed:
            report.append(f"{case.id}: " + "; ".join(d for _, d in problems))
        elif problems and not {k for k, _ in problems} <= listed:
            new = sorted({k for k, _ in problems} - listed)
            report.append(f"{case.id}: differs in a new way ({', '.join(new)}; listed: "
                          f"{', '.join(sorted(listed))}): " + "; ".join(d for _, d in problems))
    if report:
        pytest.fail(f"{path} {what}, {len(report)} case(s):\n" + "\n".join(report[:40])
                    + ("\n..." if len(report) > 40 else ""), pytrace=False)


MATCH_KINDS = {"value", "shape", "dtype", "weak", "str", "repr", "type", "structure", "error"}
LEAK_KINDS = {"leak"}

# ---------------------------------------------------------------------------------------------
# Tests

_PATHS = list(all_cases())


# Both checks of a function are neighbours, so pytest-xdist mostly sends them to one worker,
# which then runs jaxlite on the function's cases once.
@pytest.mark.parametrize(
    "path,check", [(p, c) for p in _PATHS for c in ("matches", "error_text")],
    ids=[f"{p}-{c}" for p in _PATHS for c in ("matches", "error_text")])
def test_function(path, check):
    if check == "matches":
        _check(path, MATCH_KINDS, "differs from real JAX")
    else:
        _check(path, LEAK_KINDS, "has jaxlite-internal error text")


def test_uncovered_functions_are_listed():
    now = set(uncovered_functions())
    grown, covered = sorted(now - UNCOVERED), sorted(UNCOVERED - now)
    assert not grown, f"public functions the matrix does not call (add a rule or CALLS): {grown}"
    assert not covered, f"now covered or gone: remove from UNCOVERED: {covered}"


def test_known_differences_are_matrix_cases():
    ids = {case.id for cases in all_cases().values() for case in cases}
    corpus = {f"corpus/{p.stem}" for p in program_paths()}
    stale = sorted(set(KNOWN_DIFFERENCES) - ids - corpus)
    assert not stale, f"not a case of the matrix, remove from {KNOWN.name}: {stale[:20]}"


def test_matrix_is_large():
    # A rule that silently stopped matching would shrink the matrix without failing a test.
    count = sum(len(cases) for cases in all_cases().values())
    assert count >= 8000, f"only {count} cases"
    assert len(all_cases()) >= 300, f"only {len(all_cases())} functions"
    transforms = {case.transform for cases in all_cases().values() for case in cases}
    assert transforms == set(TRANSFORMS), set(TRANSFORMS) - transforms


def test_leak_scan_finds_what_it_looks_for():
    name = internal_names()[0]
    assert name in _jaxlite_class_names()
    assert leak_findings(f"TypeError: bad {name} value")
    assert not leak_findings(f"TypeError: bad {name} value", f"also {name}")
    assert leak_findings("TypeError: unsupported operand type(s) for +: 'int' and 'X'")
    assert not leak_findings("TypeError: sin requires ndarray or scalar arguments")
    assert "Tracer" not in internal_names() and "ArrayImpl" not in internal_names()


# The corpus: jaxlite's printed output and its final exception line, per program. Running it
# costs a subprocess per program, so the result is remembered for an unchanged jaxlite.
_PROGRAMS = program_paths()


@functools.cache
def _jaxlite_digest():
    return build_cache.tree_digest(REPO_ROOT / "jaxlite")


def _corpus_run(path):
    key = build_cache.digest("corpus v1", _jaxlite_digest(), path,
                             inspect.getsource(run_under_jaxlite))
    return build_cache.remember("jaxlite-program", key, lambda: run_under_jaxlite(path))


def corpus_leaks(path, real):
    got = _corpus_run(path)
    text = got["stdout"] + "\n" + (last_line(got["stderr"]) if got["returncode"] else "")
    reference = real["stdout"] + "\n" + real["stderr"]
    return leak_findings(text, reference)


@pytest.mark.parametrize("path", _PROGRAMS, ids=[p.stem for p in _PROGRAMS])
def test_corpus_error_text(path, real_jax_outputs):
    case_id = f"corpus/{path.stem}"
    found = corpus_leaks(path, real_jax_outputs[path.name])
    listed = case_id in KNOWN_DIFFERENCES
    if listed and not found:
        pytest.fail(f"{case_id}: now passes: remove it from {KNOWN.name}", pytrace=False)
    if found and not listed:
        pytest.fail(f"{path.name}: jaxlite's output reveals its insides: {found}", pytrace=False)


# ---------------------------------------------------------------------------------------------
# The helper mode


def _run_all(with_corpus):
    found = {}
    paths = list(all_cases())
    for i, path in enumerate(paths, 1):
        print(f"\r{i}/{len(paths)} {path:40}", end="", file=sys.stderr, flush=True)
        found.update(differences(path))
    print(file=sys.stderr)
    if with_corpus:
        outputs = RealJaxOutputs(_PROGRAMS)
        try:
            for path in _PROGRAMS:
                leaked = corpus_leaks(path, outputs[path.name])
                if leaked:
                    found[f"corpus/{path.stem}"] = [("leak", ", ".join(leaked))]
        finally:
            outputs.close()
    return found


def report(found):
    cases = [c for cs in all_cases().values() for c in cs]
    total = len(cases)
    failing = {c.id for c in cases if c.id in found}
    print(f"matrix: {total} cases over {len(all_cases())} functions; "
          f"{total - len(failing)} pass ({100 * (total - len(failing)) / total:.1f}%), "
          f"{len(failing)} differ")
    print(f"uncovered functions: {', '.join(uncovered_functions()) or 'none'}")
    by_kind = defaultdict(list)
    for case_id, problems in sorted(found.items()):
        for kind in sorted({k for k, _ in problems}):
            detail = next(d for k, d in problems if k == kind)
            by_kind[kind].append((case_id, detail))
    print("\nby kind (cases):")
    for kind, items in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        functions = Counter(cid.split("(")[0] for cid, _ in items)
        print(f"  {kind:10} {len(items):6}  in {len(functions)} functions")
    for kind, items in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        top = Counter(cid.split("(")[0] for cid, _ in items).most_common(8)
        print(f"\n== {kind}: top functions " + ", ".join(f"{f} {n}" for f, n in top))
        # one example from each of the functions with the most cases of this kind
        for function, _ in top:
            case_id, detail = next((c, d) for c, d in items if c.split("(")[0] == function)
            print(f"  {case_id}\n      {detail}")
    by_function = Counter(cid.split("(")[0] for cid in found)
    print("\nby function (cases differing), top 40:")
    for function, n in by_function.most_common(40):
        kinds = Counter(k for cid, ps in found.items() if cid.split("(")[0] == function
                        for k in {k for k, _ in ps})
        print(f"  {function:34} {n:4}  " + ", ".join(f"{k} {c}" for k, c in kinds.most_common()))


def main(argv):
    # As tests/conftest.py does for a test run: real JAX's compiled programs are kept on disk.
    os.environ.setdefault("JAX_COMPILATION_CACHE_DIR", str(REPO_ROOT / ".cache/jax-compilation"))
    os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS", "0")
    os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES", "0")
    if not {"--report", "--update-known"} & set(argv):
        print(__doc__.strip() + "\nusage: test_matrix.py [--report] [--update-known]")
        return 2
    found = _run_all(with_corpus=True)
    if "--report" in argv:
        report(found)
    if "--update-known" in argv:
        write_known(found)
        print(f"wrote {len(found)} known differences to {KNOWN}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
