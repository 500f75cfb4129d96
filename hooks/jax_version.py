"""Names the JAX that computes every printed output, in the footer of each page."""

from __future__ import annotations

import jax
from mkdocs.config.defaults import MkDocsConfig

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Read from the running JAX, not written by hand, so the footer cannot drift from
    # the version that actually produced the outputs.
    config.copyright = footer_line()
    config.extra["jax_version"] = jax.__version__
    return config


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


def footer_line() -> str:
    backend = jax.default_backend().upper()
    return f"Outputs computed with JAX {jax.__version__} ({backend}) when this site was built."
