"""The jax.tree namespace for jaxlite: short names for the pytree functions in tree_util."""

from jaxlite import tree_util as _tu
from jaxlite._missing import module_getattr as _module_getattr

__all__ = [
    "all", "broadcast", "flatten", "flatten_with_path", "leaves", "leaves_with_path", "map",
    "map_with_path", "reduce", "reduce_associative", "static", "structure", "transpose",
    "unflatten",
]

_NO_INITIALIZER = _tu._END


def all(tree, *, is_leaf=None):  # noqa: A001 - the public name is jax.tree.all
    """True if every leaf of tree is truthy."""
    return _tu.tree_all(tree, is_leaf=is_leaf)


def flatten(tree, is_leaf=None):
    """(leaves, treedef) of tree."""
    return _tu.tree_flatten(tree, is_leaf)


def leaves(tree, is_leaf=None):
    """The leaves of tree, in flattening order."""
    return _tu.tree_leaves(tree, is_leaf)


def map(f, tree, *rest, is_leaf=None):  # noqa: A001 - the public name is jax.tree.map
    """f applied to each leaf of tree (and the matching subtrees of rest)."""
    return _tu.tree_map(f, tree, *rest, is_leaf=is_leaf)


def reduce(function, tree, initializer=_NO_INITIALIZER, is_leaf=None):
    """functools.reduce of function over the leaves of tree."""
    return _tu.tree_reduce(function, tree, initializer, is_leaf=is_leaf)


def reduce_associative(operation, tree, *, identity=_NO_INITIALIZER, is_leaf=None):
    """Reduces the leaves pairwise as a balanced binary tree."""
    return _tu.tree_reduce_associative(operation, tree, identity=identity, is_leaf=is_leaf)


def structure(tree, is_leaf=None):
    """The treedef of tree."""
    return _tu.tree_structure(tree, is_leaf)


def transpose(outer_treedef, inner_treedef, pytree_to_transpose):
    """Turns an outer tree of inner trees into an inner tree of outer trees."""
    return _tu.tree_transpose(outer_treedef, inner_treedef, pytree_to_transpose)


def unflatten(treedef, leaves):
    """Rebuilds a tree of treedef's structure from leaves."""
    return _tu.tree_unflatten(treedef, leaves)


def flatten_with_path(tree, is_leaf=None, is_leaf_takes_path=False):
    """([(key_path, leaf), ...], treedef) of tree."""
    return _tu.tree_flatten_with_path(tree, is_leaf, is_leaf_takes_path)


def leaves_with_path(tree, is_leaf=None, is_leaf_takes_path=False):
    """[(key_path, leaf), ...] of tree."""
    return _tu.tree_leaves_with_path(tree, is_leaf, is_leaf_takes_path)


def map_with_path(f, tree, *rest, is_leaf=None, is_leaf_takes_path=False):
    """f(key_path, leaf, *other_leaves) applied over tree."""
    return _tu.tree_map_with_path(f, tree, *rest, is_leaf=is_leaf,
                                  is_leaf_takes_path=is_leaf_takes_path)


def broadcast(prefix_tree, full_tree, is_leaf=None):
    """prefix_tree's leaves copied out to the structure of full_tree."""
    return _tu.tree_broadcast(prefix_tree, full_tree, is_leaf=is_leaf)


def static(**kwargs):
    """dataclasses.field marked static, for register_dataclass."""
    import dataclasses

    metadata = {"static": True, **(kwargs.pop("metadata", {}) or {})}
    return dataclasses.field(metadata=metadata, **kwargs)


__getattr__ = _module_getattr("jax.tree")
