"""jax.errors for jaxlite: the exception types JAX raises for tracer misuse."""

from jaxlite._core import (  # noqa: F401
    ConcretizationTypeError,
    JAXTypeError,
    TracerBoolConversionError,
    TracerIntegerConversionError,
    UnexpectedTracerError,
)
from jaxlite._missing import module_getattr as _module_getattr


class TracerArrayConversionError(JAXTypeError):
    pass


class NonConcreteBooleanIndexError(IndexError):
    pass


class KeyReuseError(RuntimeError):
    pass


class JaxRuntimeError(RuntimeError):
    pass


__getattr__ = _module_getattr("jax.errors")
