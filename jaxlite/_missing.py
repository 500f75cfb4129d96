"""How a jaxlite module answers for a name it lacks: as real JAX does, or as unavailable here."""

import functools


@functools.cache
def _real_names():
    # Real JAX's names, written by tools/jax_names.py: the site build packs them with jaxlite,
    # the differential tests write them into the source tree, a fresh clone has none.
    try:
        from jaxlite import _jax_names
    except ImportError:
        return None
    return _jax_names


def missing(module, name):
    """The exception for `module.name` (module as JAX names it, e.g. 'jax.numpy')."""
    real = _real_names()
    if real is not None:
        removed = real.REMOVED.get(module, {}).get(name)
        if removed is not None:
            return AttributeError(removed)
        known = name in real.NAMES.get(module, ())
    else:
        # Without the list, every public name might be real JAX's: say it is unavailable.
        known = not name.startswith("_")
    if known:
        return NotImplementedError(
            f"{module}.{name} is not available in the in-browser runtime (jaxlite)")
    return AttributeError(f"module '{module}' has no attribute '{name}'")


def module_getattr(module):
    """A module-level __getattr__ for jaxlite's stand-in for `module`."""

    def __getattr__(name):
        raise missing(module, name)

    return __getattr__
