"""Pytrees for jaxlite: flatten, unflatten and map nested containers as JAX 0.10.2 does."""

import collections as _collections
import functools as _functools
import operator as _operator
from typing import Any as _Any
from typing import TypeVar as _TypeVar

from jaxlite._missing import module_getattr as _module_getattr

__all__ = [
    "DictKey",
    "FlattenedIndexKey",
    "GetAttrKey",
    "KeyEntry",
    "KeyPath",
    "Partial",
    "PyTreeDef",
    "SequenceKey",
    "all_leaves",
    "default_registry",
    "flatten_one_level",
    "flatten_one_level_with_keys",
    "is_tree_node",
    "keystr",
    "register_dataclass",
    "register_pytree_node",
    "register_pytree_node_class",
    "register_pytree_with_keys",
    "register_pytree_with_keys_class",
    "register_static",
    "tree_all",
    "tree_broadcast",
    "tree_flatten",
    "tree_flatten_with_path",
    "tree_leaves",
    "tree_leaves_with_path",
    "tree_map",
    "tree_map_with_path",
    "tree_reduce",
    "tree_reduce_associative",
    "tree_structure",
    "tree_transpose",
    "tree_unflatten",
    "treedef_children",
    "treedef_is_leaf",
    "treedef_tuple",
]

KeyEntry = _TypeVar("KeyEntry", bound=_Any)
KeyPath = tuple[KeyEntry, ...]

# Printed class names follow real JAX, where these classes live in its compiled extension.
_EXT_MODULE = "jaxlib._jax.pytree"

# Node kinds. A treedef is a post-order list of nodes, each a tuple
# (kind, arity, data, node_type, num_leaves, num_nodes): post-order makes unflatten a single
# loop over a stack, and lets flatten_up_to walk the nodes backwards exactly as JAX does, so
# errors are found in the same order.
_LEAF, _NONE, _TUPLE, _LIST, _DICT, _NAMEDTUPLE, _CUSTOM, _DATACLASS = range(8)
_LEAF_NODE = (_LEAF, 0, None, None, 1, 1)
_NONE_NODE = (_NONE, 0, None, type(None), 0, 1)
_END = object()


class _Registration:
    __slots__ = ("kind", "type", "to_iter", "from_iter", "to_iter_keys", "data_fields",
                 "meta_fields")

    def __init__(self, kind, typ, to_iter=None, from_iter=None, to_iter_keys=None,
                 data_fields=(), meta_fields=()):
        self.kind = kind
        self.type = typ
        self.to_iter = to_iter
        self.from_iter = from_iter
        self.to_iter_keys = to_iter_keys
        self.data_fields = data_fields
        self.meta_fields = meta_fields


# Keyed by exact type: like JAX, subclasses of registered types are leaves (namedtuples aside).
_registry: dict[_Any, _Registration] = {
    tuple: _Registration(_TUPLE, tuple),
    list: _Registration(_LIST, list),
    dict: _Registration(_DICT, dict),
    type(None): _Registration(_NONE, type(None)),
}


def _is_namedtuple(x):
    return isinstance(x, tuple) and hasattr(x, "_fields")


def _check_is_leaf(r):
    if r is True:
        return True
    if r is False or r is None:
        return False
    raise ValueError(f"is_leaf predicate returned a non-boolean value {r!r}; expected a boolean")


def _sorted_keys(d):
    try:
        return sorted(d)
    except Exception as e:
        raise ValueError(
            "Comparator raised exception while sorting pytree dictionary keys.") from e


def _custom_children(reg, x):
    """Calls a custom node's flatten function and checks its result as JAX does."""
    out = reg.to_iter(x)
    if not isinstance(out, tuple) or len(out) != 2:
        raise ValueError("The to_iterable function for a custom PyTree node should return a "
                         f"(children, aux_data) tuple, got {out!r}")
    children, aux = out
    try:
        children = list(children)
    except TypeError:
        raise ValueError("The to_iterable function for a custom PyTree node should return a "
                         "(children, aux_data) tuple where 'children' is iterable, "
                         f"got {out!r}") from None
    return children, aux


def _flatten(x, leaves, nodes, is_leaf):
    if is_leaf is not None and _check_is_leaf(is_leaf(x)):
        leaves.append(x)
        nodes.append(_LEAF_NODE)
        return
    t = type(x)
    reg = _registry.get(t)
    if reg is None:
        if not _is_namedtuple(x):
            leaves.append(x)
            nodes.append(_LEAF_NODE)
            return
        kind = _NAMEDTUPLE
    else:
        kind = reg.kind
    n0 = len(leaves)
    m0 = len(nodes)
    if kind == _TUPLE or kind == _LIST or kind == _NAMEDTUPLE:
        for c in x:
            # Most children of argument tuples are arrays; skip the call for plain leaves.
            if is_leaf is None and type(c) not in _registry and not isinstance(c, tuple):
                leaves.append(c)
                nodes.append(_LEAF_NODE)
            else:
                _flatten(c, leaves, nodes, is_leaf)
        data = None
        arity = len(x)
    elif kind == _DICT:
        keys = _sorted_keys(x)
        for k in keys:
            _flatten(x[k], leaves, nodes, is_leaf)
        data = tuple(keys)
        arity = len(keys)
    elif kind == _NONE:
        nodes.append(_NONE_NODE)
        return
    elif kind == _CUSTOM:
        children, data = _custom_children(reg, x)
        for c in children:
            _flatten(c, leaves, nodes, is_leaf)
        arity = len(children)
    else:  # _DATACLASS
        data = tuple(getattr(x, name) for name in reg.meta_fields)
        for name in reg.data_fields:
            _flatten(getattr(x, name), leaves, nodes, is_leaf)
        arity = len(reg.data_fields)
    nodes.append((kind, arity, data, t, len(leaves) - n0, len(nodes) - m0 + 1))


def _children_with_keys(x, reg, kind):
    """(list of (key, child), node data) for one node, as tree_flatten_with_path sees it."""
    if kind == _TUPLE or kind == _LIST:
        return [(SequenceKey(i), c) for i, c in enumerate(x)], None
    if kind == _NAMEDTUPLE:
        return [(GetAttrKey(f), c) for f, c in zip(x._fields, x, strict=False)], None
    if kind == _DICT:
        keys = _sorted_keys(x)
        return [(DictKey(k), x[k]) for k in keys], tuple(keys)
    if kind == _DATACLASS:
        meta = tuple(getattr(x, name) for name in reg.meta_fields)
        return [(GetAttrKey(name), getattr(x, name)) for name in reg.data_fields], meta
    if reg.to_iter_keys is None:
        children, aux = _custom_children(reg, x)
        return [(FlattenedIndexKey(i), c) for i, c in enumerate(children)], aux
    out = reg.to_iter_keys(x)
    head = ("The to_iterable_with_keys function for a custom PyTree node should return a "
            "(key_leaf_pairs, aux_data) tuple")
    if not isinstance(out, tuple) or len(out) != 2:
        raise ValueError(f"{head}, got {out!r}")
    key_children, aux = out
    try:
        key_children = list(key_children)
    except TypeError:
        raise ValueError(f"{head} where 'key_leaf_pairs' is iterable, got {out!r}") from None
    for kc in key_children:
        if not isinstance(kc, tuple) or len(kc) != 2:
            # JAX 0.10.2's message for this case really is cut short like this.
            raise ValueError(f"{head} where 'child{kc!r}")
    return key_children, aux


def _flatten_with_path(x, path, out, nodes, is_leaf):
    if is_leaf is not None and _check_is_leaf(is_leaf(path, x)):
        out.append((path, x))
        nodes.append(_LEAF_NODE)
        return
    t = type(x)
    reg = _registry.get(t)
    if reg is None:
        if not _is_namedtuple(x):
            out.append((path, x))
            nodes.append(_LEAF_NODE)
            return
        kind = _NAMEDTUPLE
    else:
        kind = reg.kind
    if kind == _NONE:
        nodes.append(_NONE_NODE)
        return
    n0 = len(out)
    m0 = len(nodes)
    pairs, data = _children_with_keys(x, reg, kind)
    for k, c in pairs:
        _flatten_with_path(c, (*path, k), out, nodes, is_leaf)
    nodes.append((kind, len(pairs), data, t, len(out) - n0, len(nodes) - m0 + 1))


def _new_treedef(nodes):
    td = object.__new__(PyTreeDef)
    td._nodes = nodes
    td._hash = None
    return td


def _rebuild_treedef(nodes):
    return _new_treedef(list(nodes))


def _type_name_for_error(x):
    t = type(x)
    if t.__module__ == "builtins":
        return t.__qualname__
    return f"{t.__module__}.{t.__qualname__}"


def _make_node(node, children):
    kind = node[0]
    if kind == _LIST:
        return children
    if kind == _TUPLE:
        return tuple(children)
    if kind == _DICT:
        return dict(zip(node[2], children, strict=False))
    if kind == _NONE:
        return None
    if kind == _NAMEDTUPLE:
        return node[3](*children)
    reg = _registry[node[3]]
    if kind == _CUSTOM:
        return reg.from_iter(node[2], tuple(children))
    kwargs = dict(zip(reg.data_fields, children, strict=False))
    kwargs.update(zip(reg.meta_fields, node[2], strict=False))
    return node[3](**kwargs)


def _node_str(node, parts):
    kind = node[0]
    if kind == _LEAF:
        return "*"
    if kind == _NONE:
        return "None"
    if kind == _TUPLE:
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    if kind == _LIST:
        return "[" + ", ".join(parts) + "]"
    if kind == _DICT:
        return "{" + ", ".join(f"{k!r}: {p}" for k, p in zip(node[2], parts, strict=False)) + "}"
    if kind == _NAMEDTUPLE:
        head = f"namedtuple[{node[3].__name__}]"
    else:
        head = f"{node[3].__name__}[{str(node[2])}]"
    return f"CustomNode({head}, [{', '.join(parts)}])"


def _node_data_part(node):
    kind = node[0]
    if kind == _DICT:
        return list(node[2])
    if kind == _NAMEDTUPLE:
        return node[3]
    return node[2]


class PyTreeDef:
    """The structure of a pytree: what is left once the leaves are taken out."""

    __slots__ = ("_nodes", "_hash")

    def __init__(self, *args, **kwargs):
        raise TypeError(f"{_EXT_MODULE}.PyTreeDef: no constructor defined!")

    @property
    def num_leaves(self):
        return self._nodes[-1][4]

    @property
    def num_nodes(self):
        return len(self._nodes)

    def unflatten(self, leaves):
        try:
            it = iter(leaves)
        except TypeError:
            it = None
        if it is None:
            raise TypeError(
                "unflatten(): incompatible function arguments. The following argument types "
                "are supported:\n    1. unflatten(self, arg: Iterable[Any], /) -> Any\n\n"
                f"Invoked with types: {_EXT_MODULE}.PyTreeDef, {_type_name_for_error(leaves)}")
        # JAX reads one leaf ahead of the one it places; keeping that order means lazily
        # computed leaves (tree_map's) run interleaved with custom unflatten calls as in JAX.
        cur = next(it, _END)
        stack = []
        count = 0
        for node in self._nodes:
            kind = node[0]
            if kind == _LEAF:
                if cur is _END:
                    raise ValueError(f"Too few leaves for PyTreeDef; expected "
                                     f"{self.num_leaves}, got {count}")
                stack.append(cur)
                count += 1
                cur = next(it, _END)
                continue
            n = node[1]
            if n:
                children = stack[-n:]
                del stack[-n:]
            else:
                children = []
            if kind == _TUPLE:
                stack.append(tuple(children))
            elif kind == _LIST:
                stack.append(children)
            else:
                stack.append(_make_node(node, children))
        if cur is not _END:
            raise ValueError(f"Too many leaves for PyTreeDef; expected {self.num_leaves}.")
        return stack[0]

    def flatten_up_to(self, xs):
        """The subtrees of xs that sit where this treedef has leaves; xs must match above them."""
        n = self.num_leaves
        leaves = [None] * n
        i = n - 1
        agenda = [xs]
        # Walking the post-order list backwards visits children right to left, as JAX does.
        for node in reversed(self._nodes):
            obj = agenda.pop()
            kind = node[0]
            if kind == _LEAF:
                leaves[i] = obj
                i -= 1
            elif kind == _NONE:
                if obj is not None:
                    raise ValueError(
                        f"Expected None, got {obj!r}.\n\n"
                        "In previous releases of JAX, flatten-up-to used to consider None to "
                        "be a tree-prefix of non-None values. To obtain the previous behavior, "
                        "you can usually write:\n"
                        "  jax.tree.map(lambda x, y: None if x is None else f(x, y), a, b, "
                        "is_leaf=lambda x: x is None)")
            elif kind == _TUPLE or kind == _LIST:
                name = "tuple" if kind == _TUPLE else "list"
                if type(obj) is not node[3]:
                    raise ValueError(f"Expected {name}, got {obj!r}.")
                if len(obj) != node[1]:
                    raise ValueError(f"{name.capitalize()} arity mismatch: {len(obj)} != "
                                     f"{node[1]}; {name}: {obj!r}.")
                agenda.extend(obj)
            elif kind == _DICT:
                if type(obj) is not dict:
                    raise ValueError(f"Expected dict, got {obj!r}.")
                keys = _sorted_keys(obj)
                if keys != list(node[2]):
                    raise ValueError(f"Dict key mismatch; expected keys: {list(node[2])!r}; "
                                     f"present keys: {keys!r}.")
                agenda.extend(obj[k] for k in keys)
            elif kind == _NAMEDTUPLE:
                if not _is_namedtuple(obj):
                    raise ValueError(f"Expected named tuple, got {obj!r}.")
                if len(obj) != node[1]:
                    raise ValueError(f"Named tuple arity mismatch: {len(obj)} != {node[1]}; "
                                     f"tuple: {obj!r}.")
                if type(obj) is not node[3]:
                    raise ValueError(f"Named tuple type mismatch: expected type: "
                                     f"{node[3]!r}, tuple: {obj!r}.")
                agenda.extend(obj)
            elif kind == _CUSTOM:
                reg = _registry.get(type(obj))
                if type(obj) is not node[3] or reg is None:
                    raise ValueError(f"Custom node type mismatch: expected type: "
                                     f"{node[3]!r}, value: {obj!r}.")
                children, aux = _custom_children(reg, obj)
                if aux != node[2]:
                    raise ValueError(f"Mismatch custom node data: {node[2]!r} != {aux!r}; "
                                     f"value: {obj!r}.")
                if len(children) != node[1]:
                    raise ValueError(f"Custom type arity mismatch: {len(children)} != "
                                     f"{node[1]}; value: {obj!r}.")
                agenda.extend(children)
            else:  # _DATACLASS
                if type(obj) is not node[3]:
                    raise ValueError(f"Custom dataclass node type mismatch: expected type: "
                                     f"{node[3]!r}, value: {obj!r}.")
                reg = _registry[node[3]]
                aux = tuple(getattr(obj, name) for name in reg.meta_fields)
                if aux != node[2]:
                    raise ValueError(f"Mismatch custom dataclass node data: {node[2]!r} != "
                                     f"{aux!r}; value: {obj!r}.")
                agenda.extend(getattr(obj, name) for name in reg.data_fields)
        return leaves

    def children(self):
        nodes = self._nodes
        out = []
        pos = len(nodes) - 2
        for _ in range(nodes[-1][1]):
            size = nodes[pos][5]
            out.append(_new_treedef(nodes[pos - size + 1 : pos + 1]))
            pos -= size
        out.reverse()
        return out

    def node_data(self):
        node = self._nodes[-1]
        if node[0] == _LEAF:
            return None
        if node[0] == _NAMEDTUPLE:
            return (node[3], None)
        return (node[3], _node_data_part(node))

    def compose(self, inner):
        """The treedef of this structure with every leaf replaced by `inner`."""
        inner_nodes = inner._nodes
        il = inner.num_leaves
        inn = len(inner_nodes)
        nodes = []
        for node in self._nodes:
            if node[0] == _LEAF:
                nodes.extend(inner_nodes)
            else:
                kind, arity, data, typ, nl, nn = node
                nodes.append((kind, arity, data, typ, nl * il, nn - nl + nl * inn))
        return _new_treedef(nodes)

    def walk(self, f_node, f_leaf, leaves):
        """Folds over the structure: f_leaf on each leaf, f_node(children, data) on nodes."""
        it = iter(leaves)
        stack = []
        for node in self._nodes:
            if node[0] == _LEAF:
                x = next(it)
                stack.append(x if f_leaf is None else f_leaf(x))
            else:
                n = node[1]
                children = tuple(stack[len(stack) - n :])
                del stack[len(stack) - n :]
                stack.append(f_node(children, _node_data_part(node)))
        return stack[0]

    @staticmethod
    def from_node_data_and_children(registry, node_data, children):
        """Builds a treedef from a root's node_data() and the treedefs of its children."""
        del registry
        children = list(children)
        if node_data is None:
            return _new_treedef([_LEAF_NODE])
        typ, data = node_data
        reg = _registry.get(typ)
        if reg is not None:
            kind = reg.kind
        elif isinstance(typ, type) and issubclass(typ, tuple) and hasattr(typ, "_fields"):
            kind = _NAMEDTUPLE
        else:
            raise RuntimeError(f"Could not find type: {typ!r}.")
        if kind == _DICT:
            data = tuple(data)
        elif kind in (_TUPLE, _LIST, _NAMEDTUPLE, _NONE):
            data = None
        nodes = []
        for c in children:
            nodes.extend(c._nodes)
        nl = sum(c.num_leaves for c in children)
        nodes.append((kind, len(children), data, typ, nl, len(nodes) + 1))
        return _new_treedef(nodes)

    def __eq__(self, other):
        if not isinstance(other, PyTreeDef):
            return False
        return self._nodes == other._nodes

    def __ne__(self, other):
        # JAX answers False to both == and != against anything that is not a treedef.
        if not isinstance(other, PyTreeDef):
            return False
        return self._nodes != other._nodes

    def __hash__(self):
        h = self._hash
        if h is None:
            # Node data stays out: custom aux data need not be hashable, as in JAX.
            h = self._hash = hash(tuple((n[0], n[1], n[3]) for n in self._nodes))
        return h

    def __repr__(self):
        stack = []
        for node in self._nodes:
            n = node[1]
            if n:
                parts = stack[len(stack) - n :]
                del stack[len(stack) - n :]
            else:
                parts = []
            stack.append(_node_str(node, parts))
        return f"PyTreeDef({stack[0]})"

    __str__ = __repr__

    def __reduce__(self):
        return (_rebuild_treedef, (tuple(self._nodes),))


PyTreeDef.__module__ = _EXT_MODULE


# ---- key path entries -------------------------------------------------------------------------


def _bad_init(cls_name, sig, args):
    types = ", ".join([f"{_EXT_MODULE}.{cls_name}"] + [_type_name_for_error(a) for a in args])
    return TypeError("__init__(): incompatible function arguments. The following argument types "
                     f"are supported:\n    1. __init__(self, {sig}) -> None\n\n"
                     f"Invoked with types: {types}")


def _is_int32(v):
    return isinstance(v, int) and -(2**31) <= v < 2**31


def _rebuild_key(cls_name, value):
    return globals()[cls_name](value)


class SequenceKey:
    """Key path entry for the i-th element of a list or tuple."""

    __slots__ = ("idx",)
    __match_args__ = ("idx",)

    def __init__(self, *args):
        if len(args) != 1 or not _is_int32(args[0]):
            raise _bad_init("SequenceKey", "idx: int", args)
        self.idx = args[0]

    def __str__(self):
        return f"[{self.idx!r}]"

    def __repr__(self):
        return f"SequenceKey(idx={self.idx!r})"

    def __eq__(self, other):
        return type(other) is SequenceKey and self.idx == other.idx

    def __hash__(self):
        # JAX's hash values, so sets of keys iterate (and error messages list keys) alike.
        return self.idx + 1

    def __reduce__(self):
        return (_rebuild_key, ("SequenceKey", self.idx))


class DictKey:
    """Key path entry for a dict (or OrderedDict, defaultdict) key."""

    __slots__ = ("key",)
    __match_args__ = ("key",)

    def __init__(self, *args):
        if len(args) != 1:
            raise _bad_init("DictKey", "key: object", args)
        self.key = args[0]

    def __str__(self):
        return f"[{self.key!r}]"

    def __repr__(self):
        return f"DictKey(key={self.key!r})"

    def __eq__(self, other):
        return type(other) is DictKey and self.key == other.key

    def __hash__(self):
        return hash(self.key)

    def __reduce__(self):
        return (_rebuild_key, ("DictKey", self.key))


class GetAttrKey:
    """Key path entry for a named attribute (namedtuple field, dataclass field)."""

    __slots__ = ("name",)
    __match_args__ = ("name",)

    def __init__(self, *args):
        if len(args) != 1 or not isinstance(args[0], str):
            raise _bad_init("GetAttrKey", "name: str", args)
        self.name = args[0]

    def __str__(self):
        return f".{self.name}"

    def __repr__(self):
        return f"GetAttrKey(name={self.name!r})"

    def __eq__(self, other):
        return type(other) is GetAttrKey and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __reduce__(self):
        return (_rebuild_key, ("GetAttrKey", self.name))


class FlattenedIndexKey:
    """Key path entry for the i-th child of a custom node registered without keys."""

    __slots__ = ("key",)
    __match_args__ = ("key",)

    def __init__(self, *args):
        if len(args) != 1 or not _is_int32(args[0]):
            raise _bad_init("FlattenedIndexKey", "key: int", args)
        self.key = args[0]

    def __str__(self):
        return f"[<flat index {self.key!r}>]"

    def __repr__(self):
        return f"FlattenedIndexKey(key={self.key!r})"

    def __eq__(self, other):
        return type(other) is FlattenedIndexKey and self.key == other.key

    def __hash__(self):
        return self.key + 42

    def __reduce__(self):
        return (_rebuild_key, ("FlattenedIndexKey", self.key))


for _cls in (SequenceKey, DictKey, GetAttrKey, FlattenedIndexKey):
    _cls.__module__ = _EXT_MODULE
del _cls


# ---- the public functions ---------------------------------------------------------------------


def tree_flatten(tree, is_leaf=None):
    """Alias of jax.tree.flatten: (leaves, treedef)."""
    leaves = []
    nodes = []
    _flatten(tree, leaves, nodes, is_leaf)
    return leaves, _new_treedef(nodes)


def tree_unflatten(treedef, leaves):
    """Alias of jax.tree.unflatten."""
    return treedef.unflatten(leaves)


def tree_leaves(tree, is_leaf=None):
    """Alias of jax.tree.leaves."""
    leaves = []
    _flatten(tree, leaves, [], is_leaf)
    return leaves


def tree_structure(tree, is_leaf=None):
    """Alias of jax.tree.structure."""
    nodes = []
    _flatten(tree, [], nodes, is_leaf)
    return _new_treedef(nodes)


def treedef_tuple(treedefs):
    """The treedef of a tuple whose elements have the given structures."""
    treedefs = list(treedefs)
    nodes = []
    for td in treedefs:
        nodes.extend(td._nodes)
    nl = sum(td.num_leaves for td in treedefs)
    nodes.append((_TUPLE, len(treedefs), None, tuple, nl, len(nodes) + 1))
    return _new_treedef(nodes)


def treedef_children(treedef):
    """The treedefs of the root's immediate children."""
    return treedef.children()


def treedef_is_leaf(treedef):
    """True if the treedef has a single node (a leaf, None, or an empty container)."""
    return treedef.num_nodes == 1


def _treedef_is_strict_leaf(treedef):
    return treedef.num_nodes == 1 and treedef.num_leaves == 1


def all_leaves(iterable, is_leaf=None):
    """True if every element of the iterable is a leaf."""
    items = list(iterable)
    leaves = tree_leaves(items, is_leaf)
    return len(leaves) == len(items) and all(a is b for a, b in zip(items, leaves, strict=False))


def is_tree_node(typ):
    """True if instances of typ are pytree nodes (registered types and namedtuples)."""
    if typ in _registry:
        return True
    return isinstance(typ, type) and issubclass(typ, tuple) and hasattr(typ, "_fields")


def register_pytree_node(nodetype, flatten_func, unflatten_func, flatten_with_keys_func=None):
    """Makes instances of nodetype pytree nodes, taken apart and rebuilt by the given functions.

    flatten_func(x) returns (children, aux_data); unflatten_func(aux_data, children) rebuilds.
    """
    if nodetype in _registry:
        raise ValueError(f"Duplicate custom PyTreeDef type registration for {nodetype!r}.")
    _registry[nodetype] = _Registration(_CUSTOM, nodetype, flatten_func, unflatten_func,
                                        flatten_with_keys_func)


def register_pytree_node_class(cls):
    """Class decorator: registers cls using its tree_flatten method and tree_unflatten."""
    register_pytree_node(cls, _operator.methodcaller("tree_flatten"), cls.tree_unflatten)
    return cls


def register_pytree_with_keys(nodetype, flatten_with_keys, unflatten_func, flatten_func=None):
    """Like register_pytree_node, but flatten_with_keys gives (key, child) pairs for paths."""
    if not flatten_func:
        def flatten_func(tree):
            key_children, aux = flatten_with_keys(tree)
            return [c for _, c in key_children], aux
    register_pytree_node(nodetype, flatten_func, unflatten_func, flatten_with_keys)


def register_pytree_with_keys_class(cls):
    """Class decorator: registers cls using tree_flatten_with_keys and tree_unflatten."""
    flatten_func = (_operator.methodcaller("tree_flatten") if hasattr(cls, "tree_flatten")
                    else None)
    register_pytree_with_keys(cls, _operator.methodcaller("tree_flatten_with_keys"),
                              cls.tree_unflatten, flatten_func)
    return cls


def register_dataclass(nodetype, data_fields=None, meta_fields=None, drop_fields=()):
    """Registers a dataclass-like type: data fields are children, meta fields are static."""
    import dataclasses

    if data_fields is None or meta_fields is None:
        if (data_fields is None) != (meta_fields is None):
            raise TypeError("register_dataclass: data_fields and meta_fields must both be "
                            "specified when either is specified. Got "
                            f"data_fields={data_fields!r} meta_fields={meta_fields!r}.")
        if not dataclasses.is_dataclass(nodetype):
            raise TypeError("register_dataclass: data_fields and meta_fields are required "
                            f"when nodetype is not a dataclass. Got nodetype={nodetype!r}.")
        fields = dataclasses.fields(nodetype)
        data_fields = [f.name for f in fields if not f.metadata.get("static", False)]
        meta_fields = [f.name for f in fields if f.metadata.get("static", False)]
    data_fields = tuple(data_fields)
    meta_fields = tuple(meta_fields)
    chosen = {*meta_fields, *data_fields}
    if dataclasses.is_dataclass(nodetype):
        init_fields = {f.name for f in dataclasses.fields(nodetype) if f.init}
        init_fields.difference_update(drop_fields)
        if chosen != init_fields:
            msg = ("data_fields and meta_fields must include all dataclass fields with"
                   " ``init=True`` and only them.")
            missing = init_fields - chosen
            if missing:
                msg += (f" Missing fields: {missing}. Add them to drop_fields to suppress"
                        " this error.")
            unexpected = chosen - init_fields
            if unexpected:
                msg += f" Unexpected fields: {unexpected}."
            raise ValueError(msg)
    overlap = set(data_fields) & set(meta_fields)
    if overlap:
        raise ValueError("data_fields and meta_fields must not overlap. Overlapping fields:"
                         f" {overlap}.")
    if nodetype in _registry:
        raise ValueError(
            f"Duplicate custom dataclass PyTreeDef type registration for {nodetype!r}.")
    _registry[nodetype] = _Registration(_DATACLASS, nodetype, data_fields=data_fields,
                                        meta_fields=meta_fields)
    return nodetype


def register_static(cls):
    """Registers cls as a pytree node with no children: instances live in the treedef."""
    register_pytree_with_keys(cls, lambda obj: ((), obj), lambda obj, children: obj)
    return cls


def tree_map(f, tree, *rest, is_leaf=None):
    """Alias of jax.tree.map: f applied leaf-wise; the other trees may go deeper than tree."""
    leaves = []
    nodes = []
    _flatten(tree, leaves, nodes, is_leaf)
    treedef = _new_treedef(nodes)
    if not rest:
        # A generator (not map) so a StopIteration escaping f becomes RuntimeError, as in JAX.
        return treedef.unflatten(f(x) for x in leaves)
    all_leaves = [leaves]
    for r in rest:
        try:
            all_leaves.append(treedef.flatten_up_to(r))
        except Exception as e:
            err = next(_prefix_error((), tree, r, is_leaf), None)
            raise (err("tree_map tree") if err is not None else e) from None
    return treedef.unflatten(f(*xs) for xs in zip(*all_leaves, strict=False))


def tree_reduce(function, tree, initializer=_END, is_leaf=None):
    """Alias of jax.tree.reduce: functools.reduce over the leaves."""
    if initializer is _END:
        return _functools.reduce(function, tree_leaves(tree, is_leaf))
    return _functools.reduce(function, tree_leaves(tree, is_leaf), initializer)


def _parallel_reduce(seq, operation, identity):
    if not seq:
        if identity is _END:
            raise TypeError("Must specify identity for parallel reduction of empty sequence.")
        return identity
    if len(seq) == 1:
        return seq[0]
    mid = len(seq) // 2
    return operation(_parallel_reduce(seq[:mid], operation, identity),
                     _parallel_reduce(seq[mid:], operation, identity))


def tree_reduce_associative(operation, tree, *, identity=_END, is_leaf=None):
    """Alias of jax.tree.reduce_associative: reduces the leaves as a balanced binary tree."""
    return _parallel_reduce(tree_leaves(tree, is_leaf), operation, identity)


def tree_all(tree, *, is_leaf=None):
    """Alias of jax.tree.all: all() of the leaves."""
    return all(tree_leaves(tree, is_leaf))


def tree_transpose(outer_treedef, inner_treedef, pytree_to_transpose):
    """Alias of jax.tree.transpose: turns an outer tree of inner trees inside out."""
    flat, treedef = tree_flatten(pytree_to_transpose)
    if inner_treedef is None:
        inner_treedef = tree_structure(outer_treedef.flatten_up_to(pytree_to_transpose)[0])
    inner_size = inner_treedef.num_leaves
    outer_size = outer_treedef.num_leaves
    if treedef.num_leaves != inner_size * outer_size:
        expected = outer_treedef.compose(inner_treedef)
        raise TypeError(f"Mismatch\n{treedef}\n != \n{expected}")
    rows = [flat[i * inner_size : (i + 1) * inner_size] for i in range(outer_size)]
    subtrees = [outer_treedef.unflatten(col) for col in zip(*rows, strict=False)]
    return inner_treedef.unflatten(subtrees)


def _broadcast_prefix(prefix_tree, full_tree, is_leaf=None):
    """The leaves of prefix_tree, each repeated once per leaf of its subtree in full_tree."""
    result = []

    def add_leaves(x, subtree):
        result.extend([x] * tree_structure(subtree).num_leaves)

    try:
        tree_map(add_leaves, prefix_tree, full_tree, is_leaf=is_leaf)
    except ValueError:
        e = _prefix_errors(prefix_tree, full_tree)[0]
        raise e("broadcast_prefix prefix_tree") from None
    return result


def tree_broadcast(prefix_tree, full_tree, is_leaf=None):
    """Alias of jax.tree.broadcast: prefix_tree's leaves copied out to full_tree's shape."""
    leaves = _broadcast_prefix(prefix_tree, full_tree, is_leaf=is_leaf)
    return tree_structure(full_tree).unflatten(leaves)


def flatten_one_level(tree):
    """(children, node metadata) of one pytree node; ValueError for a leaf."""
    reg = _registry.get(type(tree))
    if reg is None:
        if not _is_namedtuple(tree):
            raise ValueError(f"can't tree-flatten type: {type(tree)}")
        return list(tree), type(tree)
    kind = reg.kind
    if kind == _TUPLE or kind == _LIST:
        return tree, None
    if kind == _NONE:
        return (), None
    if kind == _DICT:
        keys = tuple(_sorted_keys(tree))
        return tuple(tree[k] for k in keys), keys
    if kind == _DATACLASS:
        return ([getattr(tree, name) for name in reg.data_fields],
                tuple(getattr(tree, name) for name in reg.meta_fields))
    out = reg.to_iter(tree)
    if not isinstance(out, tuple) or len(out) != 2:
        raise ValueError("The to_iterable function for a custom PyTree node should return a "
                         f"(children, aux_data) tuple, got {out!r}")
    return out


def flatten_one_level_with_keys(tree):
    """Like flatten_one_level, with children as (key, child) pairs."""
    reg = _registry.get(type(tree))
    if reg is None:
        if not _is_namedtuple(tree):
            raise ValueError(f"can't tree-flatten type: {type(tree)}")
        # JAX 0.10.2 names every namedtuple child after the first field here (not in
        # tree_flatten_with_path); structure-error messages show it, so keep it.
        first = GetAttrKey(tree._fields[0]) if tree._fields else None
        return [(first, c) for c in tree], type(tree)
    kind = reg.kind
    if kind == _NONE:
        return (), None
    if kind == _TUPLE or kind == _LIST:
        return tuple((SequenceKey(i), c) for i, c in enumerate(tree)), None
    if kind == _DICT:
        keys = tuple(_sorted_keys(tree))
        return tuple((DictKey(k), tree[k]) for k in keys), keys
    pairs, aux = _children_with_keys(tree, reg, kind)
    return pairs, aux


def keystr(keys, *, simple=False, separator=""):
    """Joins key path entries as text, e.g. "['a'][0].x"; simple=True drops the brackets."""
    if not simple:
        return separator.join(map(str, keys))
    parts = []
    for k in keys:
        if isinstance(k, SequenceKey):
            parts.append(str(k.idx))
        elif isinstance(k, (DictKey, FlattenedIndexKey)):
            parts.append(str(k.key))
        elif isinstance(k, GetAttrKey):
            parts.append(str(k.name))
        else:
            parts.append(str(k))
    return separator.join(parts)


def tree_flatten_with_path(tree, is_leaf=None, is_leaf_takes_path=False):
    """Alias of jax.tree.flatten_with_path: ([(key_path, leaf), ...], treedef)."""
    pred = is_leaf
    if is_leaf is not None and not is_leaf_takes_path:
        def pred(_path, x):
            return is_leaf(x)
    out = []
    nodes = []
    _flatten_with_path(tree, (), out, nodes, pred)
    return out, _new_treedef(nodes)


def tree_leaves_with_path(tree, is_leaf=None, is_leaf_takes_path=False):
    """Alias of jax.tree.leaves_with_path."""
    return tree_flatten_with_path(tree, is_leaf, is_leaf_takes_path)[0]


def tree_map_with_path(f, tree, *rest, is_leaf=None, is_leaf_takes_path=False):
    """Alias of jax.tree.map_with_path: f(key_path, leaf, *other_leaves)."""
    keypath_leaves, treedef = tree_flatten_with_path(tree, is_leaf, is_leaf_takes_path)
    columns = list(zip(*keypath_leaves, strict=False))
    if not columns:
        columns = [(), ()]
    for r in rest:
        try:
            columns.append(treedef.flatten_up_to(r))
        except Exception as e:
            err = next(_prefix_error((), tree, r, is_leaf), None)
            raise (err("tree_map_with_path tree") if err is not None else e) from None
    return treedef.unflatten(f(*xs) for xs in zip(*columns, strict=False))


# ---- structure-mismatch diagnostics -----------------------------------------------------------


def _child_keys(tree):
    # JAX flattens the whole subtree here (in an assert), so a bad dict anywhere below raises
    # its own error before any structure message is built.
    if _treedef_is_strict_leaf(tree_structure(tree)):
        raise AssertionError
    return tuple(k for k, _ in flatten_one_level_with_keys(tree)[0])


def _prefix_errors(prefix_tree, full_tree, is_leaf=None):
    """Functions name -> ValueError, one per place where prefix_tree is not a prefix."""
    return list(_prefix_error((), prefix_tree, full_tree, is_leaf))


def _prefix_error(key_path, prefix_tree, full_tree, is_leaf=None):
    # A leaf is a prefix of anything.
    if _treedef_is_strict_leaf(tree_structure(prefix_tree, is_leaf=is_leaf)):
        return
    if type(prefix_tree) is not type(full_tree):
        yield lambda name: ValueError(
            "pytree structure error: different types at key path\n"
            f"    {name}{keystr(key_path)}\n"
            f"At that key path, the prefix pytree {name} has a subtree of type\n"
            f"    {type(prefix_tree)}\n"
            "but at the same key path the full pytree has a subtree of different type\n"
            f"    {type(full_tree)}.")
        return
    prefix_children, prefix_meta = flatten_one_level(prefix_tree)
    full_children, full_meta = flatten_one_level(full_tree)
    prefix_children = tuple(prefix_children)
    full_children = tuple(full_children)
    prefix_keys = _child_keys(prefix_tree)
    full_keys = _child_keys(full_tree)
    if isinstance(prefix_tree, (list, tuple)):
        if len(prefix_tree) != len(full_tree):
            ty = type(prefix_tree)
            yield lambda name: ValueError(
                f"pytree structure error: different lengths of {ty.__name__} at key path\n"
                f"    {name}{keystr(key_path)}\n"
                f"At that key path, the prefix pytree {name} has a subtree of type "
                f"{ty.__name__} of length {len(prefix_tree)}, but the full pytree "
                f"has a subtree of the same type but of length {len(full_tree)}.")
            return
    else:
        try:
            diff = set(prefix_keys).symmetric_difference(set(full_keys))
        except Exception:
            diff = None
        if len(prefix_children) != len(full_children):
            def make(name):
                text = (
                    "pytree structure error: different numbers of pytree children at key "
                    f"path\n    {name}{keystr(key_path)}\n"
                    f"At that key path, the prefix pytree {name} has a subtree of type\n"
                    f"    {type(prefix_tree)}\n"
                    f"with {len(prefix_children)} child keys\n"
                    f"    {' '.join(str(k.key) for k in prefix_keys)}\n"
                    "but at the same key path the full pytree has a subtree of the same "
                    f"type but with {len(full_children)} child keys\n"
                    f"    {' '.join(str(k.key) for k in full_keys)}\n")
                if diff is not None:
                    text += ("so the symmetric difference on key sets is\n"
                             f"    {' '.join(str(k.key) for k in diff)}")
                return ValueError(text)
            yield make
            return
    if prefix_meta != full_meta:
        import difflib
        import textwrap

        prefix_meta_str = str(prefix_meta)
        full_meta_str = str(full_meta)
        metadata_diff = textwrap.indent(
            "\n".join(difflib.ndiff(prefix_meta_str.splitlines(),
                                    full_meta_str.splitlines())),
            prefix="    ")
        yield lambda name: ValueError(
            "pytree structure error: different pytree metadata at key path\n"
            f"    {name}{keystr(key_path)}\n"
            f"At that key path, the prefix pytree {name} has a subtree of type\n"
            f"    {type(prefix_tree)}\n"
            "with metadata\n"
            f"    {prefix_meta_str}\n"
            "but at the same key path the full pytree has a subtree of the same "
            "type but with metadata\n"
            f"    {full_meta_str}\n"
            "so the diff in the metadata at these pytree nodes is\n"
            f"{metadata_diff}")
        return
    # Same root: the mismatch is further down. (JAX does not pass is_leaf on from here.)
    for k, t1, t2 in zip(prefix_keys, prefix_children, full_children, strict=False):
        yield from _prefix_error((*key_path, k), t1, t2)


def _equality_errors(tree1, tree2, is_leaf=None):
    """(key_path, thing1, thing2, explanation) for each structural difference of two trees."""
    yield from _equality_errors_at((), tree1, tree2, is_leaf)


def _equality_errors_pytreedef(tree1, tree2):
    """Like equality_errors, for two treedefs."""
    # A leaf whose type prints as "pytree leaf", so messages name no real leaf type.
    leaf = type("LeafMeta", (type,), {"__repr__": lambda _: "pytree leaf"})("Leaf", (), {})()
    return _equality_errors(tree1.unflatten([leaf] * tree1.num_leaves),
                            tree2.unflatten([leaf] * tree2.num_leaves))


def _equality_errors_at(path, t1, t2, is_leaf):
    if (_treedef_is_strict_leaf(tree_structure(t1, is_leaf=is_leaf))
            and _treedef_is_strict_leaf(tree_structure(t2, is_leaf=is_leaf))):
        return
    if type(t1) is not type(t2):
        yield path, str(type(t1)), str(type(t2)), "their Python types differ"
        return
    if isinstance(t1, (list, tuple)) and len(t1) != len(t2):
        yield (path, f"{type(t1).__name__} of length {len(t1)}",
               f"{type(t2).__name__} of length {len(t2)}", "the lengths do not match")
        return
    c1, meta1 = flatten_one_level(t1)
    c2, meta2 = flatten_one_level(t2)
    c1 = tuple(c1)
    c2 = tuple(c2)
    keys1 = _child_keys(t1)
    keys2 = _child_keys(t2)
    try:
        diff = " ".join(repr(k.key) for k in set(keys1).symmetric_difference(set(keys2)))
    except Exception:
        diff = ""
    if len(c1) != len(c2):
        yield (path,
               f"{type(t1)} with {len(c1)} child{'ren' if len(c1) > 1 else ''}",
               f"{type(t2)} with {len(c2)} child{'ren' if len(c2) > 1 else ''}",
               "the numbers of children do not match"
               + (diff and f", with the symmetric difference of key sets: {{{diff}}}"))
        return
    if meta1 != meta2:
        yield (path, f"{type(t1)} with pytree metadata {meta1}",
               f"{type(t2)} with pytree metadata {meta2}",
               "the pytree node metadata does not match")
        return
    for k, a, b in zip(keys1, c1, c2, strict=False):
        yield from _equality_errors_at((*path, k), a, b, is_leaf)


# ---- a stand-in for JAX's registry object -----------------------------------------------------


class _DefaultRegistry:
    """The one registry jaxlite has; offers the methods JAX code calls on default_registry."""

    def flatten(self, tree, leaf_predicate=None):
        return tree_flatten(tree, leaf_predicate)

    def flatten_one_level(self, tree):
        try:
            return flatten_one_level(tree)
        except ValueError:
            return None

    def flatten_one_level_with_keys(self, tree):
        try:
            return flatten_one_level_with_keys(tree)
        except ValueError:
            return None

    def flatten_with_path(self, tree, leaf_predicate=None):
        return tree_flatten_with_path(tree, leaf_predicate, is_leaf_takes_path=True)

    def is_node(self, typ):
        return is_tree_node(typ)

    def __repr__(self):
        return "<jaxlite default pytree registry>"


default_registry = _DefaultRegistry()


# ---- containers registered like JAX registers them -------------------------------------------

register_pytree_with_keys(
    _collections.OrderedDict,
    lambda x: (tuple((DictKey(k), x[k]) for k in x.keys()), tuple(x.keys())),
    lambda keys, values: _collections.OrderedDict(zip(keys, values, strict=True)),
)


def _defaultdict_with_keys(d):
    keys = tuple(sorted(d))
    return tuple((DictKey(k), d[k]) for k in keys), (d.default_factory, keys)


register_pytree_with_keys(
    _collections.defaultdict,
    _defaultdict_with_keys,
    lambda aux, values: _collections.defaultdict(aux[0], zip(aux[1], values, strict=True)),
)


class _HashableCallableShim:
    """Wraps a functools.partial so Partial keeps it whole instead of merging its arguments."""

    def __init__(self, fun):
        self.fun = fun

    def __call__(self, *args, **kw):
        return self.fun(*args, **kw)

    def __hash__(self):
        return hash(self.fun)

    def __eq__(self, other):
        if isinstance(other, _HashableCallableShim):
            return self.fun == other.fun
        return self.fun == other

    def __repr__(self):
        return f"_HashableCallableShim({self.fun!r})"


class Partial(_functools.partial):
    """functools.partial as a pytree: bound arguments are leaves, the function is static."""

    def __new__(cls, func, *args, **kw):
        if isinstance(func, _functools.partial):
            original = func
            func = _HashableCallableShim(original)
            out = super().__new__(cls, func, *args, **kw)
            func.func = original.func
            func.args = original.args
            func.keywords = original.keywords
            return out
        return super().__new__(cls, func, *args, **kw)


Partial.__module__ = "jax.tree_util"

register_pytree_node(
    Partial,
    lambda p: ((p.args, p.keywords), p.func),
    lambda func, xs: Partial(func, *xs[0], **xs[1]),
)

__getattr__ = _module_getattr("jax.tree_util")
