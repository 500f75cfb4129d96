"""jax.errors for jaxlite: the exception types JAX raises for tracer misuse."""

from jaxlite._core import (  # noqa: F401
    ConcretizationTypeError,
    JAXTypeError,
    TracerBoolConversionError,
    TracerIntegerConversionError,
    UnexpectedTracerError,
)


class TracerArrayConversionError(JAXTypeError):
    pass


class NonConcreteBooleanIndexError(IndexError):
    pass


class KeyReuseError(RuntimeError):
    pass


class JaxRuntimeError(RuntimeError):
    pass


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError(name)
    raise NotImplementedError(
        f"jax.errors.{name} is not available in the in-browser runtime (jaxlite)")
