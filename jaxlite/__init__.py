"""jaxlite: a pure-Python stand-in for the part of JAX the course teaches (imported as jax)."""

import sys as _sys

from jaxlite import (
    _core,
    errors,  # noqa: F401
    lax,  # noqa: F401
    nn,  # noqa: F401
    numpy,  # noqa: F401
    scipy,  # noqa: F401
    test_util,  # noqa: F401
    tree,  # noqa: F401
    tree_util,  # noqa: F401
)
from jaxlite._api import (  # noqa: F401
    ShapeDtypeStruct,
    block_until_ready,
    checkpoint,
    custom_jvp,
    custom_vjp,
    debug,
    default_backend,
    device_count,
    device_get,
    device_put,
    devices,
    effects_barrier,
    eval_shape,
    float0,
    grad,
    hessian,
    jacfwd,
    jacobian,
    jacrev,
    jit,
    jvp,
    linearize,
    local_device_count,
    local_devices,
    named_call,
    remat,
    typeof,
    value_and_grad,
    vjp,
    vmap,
)
from jaxlite._core import ArrayBase as Array  # noqa: F401
from jaxlite._jaxpr import make_jaxpr  # noqa: F401
from jaxlite._missing import module_getattr as _module_getattr
from jaxlite.ad_checkpoint import checkpoint_policies  # noqa: F401

__version__ = "0.10.2"
__version_info__ = (0, 10, 2)

try:
    from jaxlite import random  # noqa: F401
except ImportError:  # the PRNG module is provided separately
    pass


class _Config:
    """jax.config: only the x64-off configuration exists in the browser."""

    _values = {"jax_enable_x64": False, "jax_platform_name": "cpu", "jax_platforms": "cpu",
               "jax_debug_nans": False, "jax_debug_infs": False, "jax_disable_jit": False,
               "jax_numpy_rank_promotion": "allow", "jax_default_matmul_precision": None,
               "jax_traceback_filtering": "auto", "jax_log_compiles": False}

    def update(self, name, value):
        if name == "jax_enable_x64" and value:
            raise NotImplementedError(
                "jax.config.update('jax_enable_x64', True) is not available in the in-browser "
                "runtime (jaxlite)")
        if name not in self._values:
            raise AttributeError(f"Unrecognized config option: {name}")
        self._values[name] = value

    def read(self, name):
        return self._values[name]

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._values:
            return self._values[name]
        raise AttributeError(f"Unrecognized config option: {name}")


config = _Config()


class _Dtypes:
    float0 = float0

    @staticmethod
    def canonicalize_dtype(d):
        return _core.to_dtype(d)

    @staticmethod
    def result_type(*args):
        return numpy.result_type(*args)


dtypes = _Dtypes()

__getattr__ = _module_getattr("jax")

_SUBMODULES = ("numpy", "numpy.linalg", "nn", "lax", "random", "tree_util", "tree", "scipy",
               "scipy.special", "test_util", "errors", "ad_checkpoint", "flatten_util", "core")


# Modules of real JAX that jaxlite lacks: importing one says so, as a missing name does.
_ABSENT = ("api_util", "custom_batching", "custom_derivatives", "distributed",
           "dlpack", "example_libraries", "experimental", "export", "extend", "ffi", "image",
           "interpreters", "lax.linalg", "monitoring", "nn.initializers", "numpy.fft", "ops",
           "profiler", "ref", "scipy.fft", "scipy.integrate", "scipy.interpolate",
           "scipy.linalg", "scipy.ndimage", "scipy.optimize", "scipy.signal", "scipy.sparse",
           "scipy.spatial", "scipy.stats", "sharding", "stages", "typing", "util")


class _AbsentModules:
    @staticmethod
    def find_spec(name, path=None, target=None):
        sub = name[4:] if name.startswith("jax.") else None
        if sub is not None and (sub in _ABSENT or sub.split(".")[0] in _ABSENT):
            raise NotImplementedError(f"{name} is not available in the in-browser runtime "
                                      "(jaxlite)")
        return None


class _NoNumPy:
    """Where NumPy is not installed (the browser), `import numpy` says what to use instead."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "numpy" or name.startswith("numpy."):
            err = ModuleNotFoundError(
                f"No module named {name!r}\nNumPy is not loaded in the browser: use jax.numpy "
                "instead (import jax.numpy as jnp).", name=name)
            raise err
        return None


def _after_path_finder(finder):
    """Put finder just after the standard path finder, so an installed NumPy still wins."""
    import importlib.machinery as machinery

    where = [i for i, f in enumerate(_sys.meta_path) if f is machinery.PathFinder]
    _sys.meta_path.insert(where[-1] + 1 if where else len(_sys.meta_path), finder)


# The one public name here that real JAX lacks: the browser worker and `-m jaxlite` call it.
def install():
    """Bind `jax` and its submodules in sys.modules to jaxlite."""
    me = _sys.modules[__name__]
    _sys.modules["jax"] = me
    if not any(isinstance(f, _AbsentModules) for f in _sys.meta_path):
        _sys.meta_path.append(_AbsentModules())
    if not any(isinstance(f, _NoNumPy) for f in _sys.meta_path):
        _after_path_finder(_NoNumPy())
    for sub in _SUBMODULES:
        mod = _sys.modules.get(f"jaxlite.{sub}")
        if mod is None:
            try:
                __import__(f"jaxlite.{sub}")
                mod = _sys.modules[f"jaxlite.{sub}"]
            except ImportError:
                continue
        _sys.modules[f"jax.{sub}"] = mod
        if not hasattr(mod, "__path__"):  # so that `import jax.nn.initializers` asks _ABSENT
            mod.__path__ = []
    return me
