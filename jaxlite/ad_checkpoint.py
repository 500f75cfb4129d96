"""jax.ad_checkpoint for jaxlite: checkpoint, names and policies, which change no value here.

jaxlite keeps every intermediate for the backward pass, so rematerialization has nothing to
do: a policy is accepted and a named value passes through unchanged.
"""

from jaxlite._api import checkpoint  # noqa: F401
from jaxlite._missing import module_getattr as _module_getattr


def checkpoint_name(x, name):
    return x


def _policy(name):
    def policy(*args, **kwargs):
        return True

    policy.__name__ = policy.__qualname__ = name
    return policy


class _NamedPolicy:
    def __init__(self, kind, field, names):
        self.kind, self.field, self.names = kind, field, frozenset(names)

    def __call__(self, *args, **kwargs):
        return True

    def __repr__(self):
        return f"{self.kind}({self.field}={self.names!r})"


class _Policies:
    """jax.checkpoint_policies."""

    def __init__(self):
        for name in ("everything_saveable", "nothing_saveable", "dots_saveable",
                     "checkpoint_dots", "dots_with_no_batch_dims_saveable",
                     "checkpoint_dots_with_no_batch_dims"):
            setattr(self, name, _policy(name))

    @staticmethod
    def save_only_these_names(*names):
        return _NamedPolicy("SaveOnlyTheseNames", "saveable_names", names)

    @staticmethod
    def save_any_names_but_these(*names):
        return _NamedPolicy("SaveAnyNamesButThese", "names", names)

    save_anything_except_these_names = save_any_names_but_these

    @staticmethod
    def save_from_both_policies(policy_1, policy_2):
        return _policy("save_from_both_policies.<locals>.policy")

    def __getattr__(self, name):
        raise NotImplementedError(f"jax.checkpoint_policies.{name} is not available in the "
                                  "in-browser runtime (jaxlite)")


checkpoint_policies = _Policies()

__getattr__ = _module_getattr("jax.ad_checkpoint")
