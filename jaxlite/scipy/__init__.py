"""jax.scipy for jaxlite: only the special-functions submodule is provided."""

from jaxlite._missing import module_getattr as _module_getattr
from jaxlite.scipy import special  # noqa: F401

__getattr__ = _module_getattr("jax.scipy")
