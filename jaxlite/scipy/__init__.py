"""jax.scipy for jaxlite: only the special-functions submodule is provided."""

from jaxlite.scipy import special  # noqa: F401


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError(name)
    raise NotImplementedError(
        f"jax.scipy.{name} is not available in the in-browser runtime (jaxlite)")
