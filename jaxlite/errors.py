"""jax.errors for jaxlite: the exception types JAX raises for tracer misuse."""

from jaxlite._core import (  # noqa: F401
    ConcretizationTypeError,
    JAXTypeError,
    NonConcreteBooleanIndexError,
    TracerArrayConversionError,
    TracerBoolConversionError,
    TracerIntegerConversionError,
    UnexpectedTracerError,
)
from jaxlite._missing import module_getattr as _module_getattr


class KeyReuseError(RuntimeError):
    pass


class JaxRuntimeError(RuntimeError):
    pass


# tracebacks name these as JAX does: jax.errors.ConcretizationTypeError, ...
for _cls in (ConcretizationTypeError, JAXTypeError, NonConcreteBooleanIndexError,
             TracerBoolConversionError, TracerIntegerConversionError, UnexpectedTracerError,
             TracerArrayConversionError, KeyReuseError, JaxRuntimeError):
    _cls.__module__ = "jax.errors"

__getattr__ = _module_getattr("jax.errors")
