"""jax.core for jaxlite: the tracer base class and abstract values learners check against."""

from jaxlite._core import ShapedArray, Tracer  # noqa: F401
from jaxlite._missing import module_getattr as _module_getattr

__getattr__ = _module_getattr("jax.core")
