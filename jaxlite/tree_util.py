"""Pytrees for jaxlite: flatten, unflatten and map nested containers as JAX 0.10.2 does."""

import collections as _collections
import functools as _functools
import operator as _operator
from typing import Any as _Any
from typing import TypeVar as _TypeVar

from jaxlite._missing import module_getattr as _module_getattr

__all__ = [
    "DictKey", "FlattenedIndexKey", "GetAttrKey", "KeyEntry", "KeyPath", "Partial", "PyTreeDef",
    "SequenceKey", "all_leaves", "default_registry", "flatten_one_level",
    "flatten_one_level_with_keys", "is_tree_node", "keystr", "register_dataclass",
    "register_pytree_node", "register_pytree_node_class", "register_pytree_with_keys",
    "register_pytree_with_keys_class", "register_static", "tree_all", "tree_broadcast",
    "tree_flatten", "tree_flatten_with_path", "tree_leaves", "tree_leaves_with_path", "tree_map",
    "tree_map_with_path", "tree_reduce", "tree_reduce_associative", "tree_structure",
    "tree_transpose", "tree_unflatten", "treedef_children", "treedef_is_leaf", "treedef_tuple",
]

KeyEntry = _TypeVar("KeyEntry", bound=_Any)
KeyPath = tuple[KeyEntry, ...]

# Printed class names follow real JAX, where these classes live in its compiled extension.
_EXT_MODULE = "jaxlib._jax.pytree"

# A treedef is a post-order list of nodes (kind, arity, data, node_type, num_leaves, num_nodes):
# unflatten is then one loop over a stack, and flatten_up_to can walk the nodes backwards as
# JAX does, so errors are found in the same order.
_LEAF, _NONE, _TUPLE, _LIST, _DICT, _NAMEDTUPLE, _CUSTOM, _DATACLASS = range(8)
_LEAF_NODE = (_LEAF, 0, None, None, 1, 1)
_END = object()

_ITER_HEAD = ("The to_iterable function for a custom PyTree node should return a "
              "(children, aux_data) tuple")
_KEYS_HEAD = ("The to_iterable_with_keys function for a custom PyTree node should return a "
              "(key_leaf_pairs, aux_data) tuple")

_Registration = _collections.namedtuple(
    "_Registration", "kind type to_iter from_iter to_iter_keys data_fields meta_fields",
    defaults=(None, None, None, (), ()))

# Keyed by exact type: like JAX, subclasses of registered types are leaves (namedtuples aside).
_registry = {t: _Registration(k, t) for t, k in
             ((tuple, _TUPLE), (list, _LIST), (dict, _DICT), (type(None), _NONE))}


def _is_namedtuple(x):
    return isinstance(x, tuple) and hasattr(x, "_fields")


def _is_namedtuple_type(typ):
    return isinstance(typ, type) and issubclass(typ, tuple) and hasattr(typ, "_fields")


def _lookup(x):
    """(node kind, registration or None) of x; the kind is _LEAF for a leaf."""
    reg = _registry.get(type(x))
    if reg is not None:
        return reg.kind, reg
    return (_NAMEDTUPLE if _is_namedtuple(x) else _LEAF), None


def _check_is_leaf(r):
    if r is True or r is False or r is None:
        return bool(r)
    raise ValueError(f"is_leaf predicate returned a non-boolean value {r!r}; expected a boolean")


def _sorted_keys(d):
    try:
        return sorted(d)
    except Exception as e:
        raise ValueError("Comparator raised exception while sorting pytree dictionary keys.") from e


def _check_pair(out, head):
    if not isinstance(out, tuple) or len(out) != 2:
        raise ValueError(f"{head}, got {out!r}")
    return out


def _call_flatten(fn, x, head, what):
    """fn(x) as (list of children, aux data), checked as JAX checks a custom node's result."""
    out = _check_pair(fn(x), head)
    try:
        return list(out[0]), out[1]
    except TypeError:
        raise ValueError(f"{head} where '{what}' is iterable, got {out!r}") from None


def _children(x, reg, kind):
    """(children, node data) of one node, as tree_flatten takes it apart."""
    if kind == _TUPLE or kind == _LIST or kind == _NAMEDTUPLE:
        return x, None  # the node is its own sequence of children
    if kind == _DICT:
        keys = _sorted_keys(x)
        return [x[k] for k in keys], tuple(keys)
    if kind == _CUSTOM:
        return _call_flatten(reg.to_iter, x, _ITER_HEAD, "children")
    if kind == _DATACLASS:
        meta = tuple(getattr(x, name) for name in reg.meta_fields)
        return [getattr(x, name) for name in reg.data_fields], meta
    return (), None  # kind == _NONE


def _children_with_keys(x, reg, kind):
    """(list of (key, child), node data) of one node, as tree_flatten_with_path sees it."""
    if kind == _CUSTOM and reg.to_iter_keys is not None:
        pairs, aux = _call_flatten(reg.to_iter_keys, x, _KEYS_HEAD, "key_leaf_pairs")
        for kc in pairs:
            if not isinstance(kc, tuple) or len(kc) != 2:
                # JAX 0.10.2's message for this case really is cut short like this.
                raise ValueError(f"{_KEYS_HEAD} where 'child{kc!r}")
        return pairs, aux
    children, data = _children(x, reg, kind)
    if kind == _DICT:
        keys = map(DictKey, data)
    elif kind == _NAMEDTUPLE:
        keys = map(GetAttrKey, x._fields)
    elif kind == _DATACLASS:
        keys = map(GetAttrKey, reg.data_fields)
    elif kind == _CUSTOM:
        keys = map(FlattenedIndexKey, range(len(children)))
    else:
        keys = map(SequenceKey, range(len(children)))
    return list(zip(keys, children, strict=False)), data


def _flatten(x, leaves, nodes, is_leaf, path=None):
    """Appends the leaves of x to leaves and its treedef nodes to nodes.

    Given a key path (tree_flatten_with_path), the leaves are (key path, leaf) pairs and
    is_leaf(path, x) is asked instead of is_leaf(x).
    """
    keyed = path is not None
    if is_leaf is not None and _check_is_leaf(is_leaf(path, x) if keyed else is_leaf(x)):
        kind = _LEAF
    else:
        kind, reg = _lookup(x)
    if kind == _LEAF:
        leaves.append((path, x) if keyed else x)
        nodes.append(_LEAF_NODE)
        return
    n0, m0 = len(leaves), len(nodes)
    if keyed:
        children, data = _children_with_keys(x, reg, kind)
        for k, c in children:
            _flatten(c, leaves, nodes, is_leaf, (*path, k))
    else:
        children, data = _children(x, reg, kind)
        for c in children:
            # Most children are arrays; skip the call for plain leaves.
            if is_leaf is None and type(c) not in _registry and not isinstance(c, tuple):
                leaves.append(c)
                nodes.append(_LEAF_NODE)
            else:
                _flatten(c, leaves, nodes, is_leaf)
    nodes.append((kind, len(children), data, type(x), len(leaves) - n0, len(nodes) - m0 + 1))


def _new_treedef(nodes):
    td = object.__new__(PyTreeDef)
    td._nodes = nodes
    td._hash = None
    return td


def _rebuild_treedef(nodes):
    return _new_treedef(list(nodes))


def _join(kind, data, typ, children):
    """The treedef of one node over the treedefs of its children."""
    nodes = [node for c in children for node in c._nodes]
    num_leaves = sum(c.num_leaves for c in children)
    nodes.append((kind, len(children), data, typ, num_leaves, len(nodes) + 1))
    return _new_treedef(nodes)


def _type_name_for_error(x):
    t = type(x)
    return t.__qualname__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"


def _make_node(node, children):
    kind, _, data, typ = node[:4]
    if kind == _LIST:
        return children
    if kind == _TUPLE:
        return tuple(children)
    if kind == _DICT:
        return dict(zip(data, children, strict=False))
    if kind == _NONE:
        return None
    if kind == _NAMEDTUPLE:
        return typ(*children)
    reg = _registry[typ]
    if kind == _CUSTOM:
        return reg.from_iter(data, tuple(children))
    kwargs = dict(zip(reg.data_fields, children, strict=False))
    kwargs.update(zip(reg.meta_fields, data, strict=False))
    return typ(**kwargs)


def _node_str(node, parts):
    kind, _, data, typ = node[:4]
    if kind == _NONE:
        return "None"
    if kind == _TUPLE:
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    if kind == _LIST:
        return "[" + ", ".join(parts) + "]"
    if kind == _DICT:
        return "{" + ", ".join(f"{k!r}: {p}" for k, p in zip(data, parts, strict=False)) + "}"
    head = f"namedtuple[{typ.__name__}]" if kind == _NAMEDTUPLE else f"{typ.__name__}[{data!s}]"
    return f"CustomNode({head}, [{', '.join(parts)}])"


def _node_data_part(node):
    kind = node[0]
    if kind == _DICT:
        return list(node[2])
    return node[3] if kind == _NAMEDTUPLE else node[2]


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

    def _fold(self, leaf, node_fn):
        """Post-order fold: leaf() gives each leaf's value, node_fn(node, children) a node's."""
        stack = []
        for node in self._nodes:
            if node[0] == _LEAF:
                stack.append(leaf())
            else:
                start = len(stack) - node[1]
                children = stack[start:]
                del stack[start:]
                stack.append(node_fn(node, children))
        return stack[0]

    def unflatten(self, leaves):
        try:
            it = iter(leaves)
        except TypeError:
            raise TypeError(
                "unflatten(): incompatible function arguments. The following argument types "
                "are supported:\n    1. unflatten(self, arg: Iterable[Any], /) -> Any\n\n"
                f"Invoked with types: {_EXT_MODULE}.PyTreeDef, {_type_name_for_error(leaves)}"
            ) from None
        # JAX reads one leaf ahead of the one it places; keeping that order means lazily
        # computed leaves (tree_map's) run interleaved with custom unflatten calls as in JAX.
        cur = next(it, _END)
        stack = []
        count = 0
        for node in self._nodes:
            if node[0] != _LEAF:
                start = len(stack) - node[1]
                children = stack[start:]
                del stack[start:]
                stack.append(_make_node(node, children))
                continue
            if cur is _END:
                raise ValueError(
                    f"Too few leaves for PyTreeDef; expected {self.num_leaves}, got {count}")
            stack.append(cur)
            count += 1
            cur = next(it, _END)
        if cur is not _END:
            raise ValueError(f"Too many leaves for PyTreeDef; expected {self.num_leaves}.")
        return stack[0]

    def flatten_up_to(self, xs):
        """The subtrees of xs that sit where this treedef has leaves; xs must match above them."""
        leaves = []
        agenda = [xs]
        # Walking the post-order list backwards visits children right to left, as JAX does.
        for kind, arity, data, typ, _, _ in reversed(self._nodes):
            obj = agenda.pop()
            if kind == _LEAF:
                leaves.append(obj)
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
                name = typ.__name__
                if type(obj) is not typ:
                    raise ValueError(f"Expected {name}, got {obj!r}.")
                if len(obj) != arity:
                    raise ValueError(f"{name.capitalize()} arity mismatch: {len(obj)} != "
                                     f"{arity}; {name}: {obj!r}.")
                agenda.extend(obj)
            elif kind == _DICT:
                if type(obj) is not dict:
                    raise ValueError(f"Expected dict, got {obj!r}.")
                keys = _sorted_keys(obj)
                if keys != list(data):
                    raise ValueError(f"Dict key mismatch; expected keys: {list(data)!r}; "
                                     f"present keys: {keys!r}.")
                agenda.extend(obj[k] for k in keys)
            elif kind == _NAMEDTUPLE:
                if not _is_namedtuple(obj):
                    raise ValueError(f"Expected named tuple, got {obj!r}.")
                if len(obj) != arity:
                    raise ValueError(f"Named tuple arity mismatch: {len(obj)} != {arity}; "
                                     f"tuple: {obj!r}.")
                if type(obj) is not typ:
                    raise ValueError(f"Named tuple type mismatch: expected type: {typ!r}, "
                                     f"tuple: {obj!r}.")
                agenda.extend(obj)
            else:  # _CUSTOM or _DATACLASS
                what = "custom" if kind == _CUSTOM else "custom dataclass"
                reg = _registry.get(type(obj))
                if type(obj) is not typ or reg is None:
                    raise ValueError(f"{what.capitalize()} node type mismatch: expected type: "
                                     f"{typ!r}, value: {obj!r}.")
                children, aux = _children(obj, reg, kind)
                if aux != data:
                    raise ValueError(f"Mismatch {what} node data: {data!r} != {aux!r}; "
                                     f"value: {obj!r}.")
                if len(children) != arity:
                    raise ValueError(f"Custom type arity mismatch: {len(children)} != "
                                     f"{arity}; value: {obj!r}.")
                agenda.extend(children)
        leaves.reverse()
        return leaves

    def children(self):
        nodes, out = self._nodes, []
        end = len(nodes) - 1  # each child's subtree ends where the next one starts
        for _ in range(nodes[-1][1]):
            start = end - nodes[end - 1][5]
            out.append(_new_treedef(nodes[start:end]))
            end = start
        return out[::-1]

    def node_data(self):
        node = self._nodes[-1]
        if node[0] == _LEAF:
            return None
        return (node[3], None if node[0] == _NAMEDTUPLE else _node_data_part(node))

    def compose(self, inner):
        """The treedef of this structure with every leaf replaced by `inner`."""
        il, inn = inner.num_leaves, len(inner._nodes)
        nodes = []
        for node in self._nodes:
            if node[0] == _LEAF:
                nodes.extend(inner._nodes)
            else:
                kind, arity, data, typ, nl, nn = node
                nodes.append((kind, arity, data, typ, nl * il, nn - nl + nl * inn))
        return _new_treedef(nodes)

    def walk(self, f_node, f_leaf, leaves):
        """Folds over the structure: f_leaf on each leaf, f_node(children, data) on nodes."""
        it = iter(leaves)
        return self._fold(lambda: next(it) if f_leaf is None else f_leaf(next(it)),
                          lambda node, ch: f_node(tuple(ch), _node_data_part(node)))

    @staticmethod
    def from_node_data_and_children(registry, node_data, children):
        """Builds a treedef from a root's node_data() and the treedefs of its children."""
        del registry
        children = list(children)
        if node_data is None:
            return _new_treedef([_LEAF_NODE])
        typ, data = node_data
        reg = _registry.get(typ)
        if reg is None and not _is_namedtuple_type(typ):
            raise RuntimeError(f"Could not find type: {typ!r}.")
        kind = _NAMEDTUPLE if reg is None else reg.kind
        if kind == _DICT:
            data = tuple(data)
        elif kind in (_TUPLE, _LIST, _NAMEDTUPLE, _NONE):
            data = None
        return _join(kind, data, typ, children)

    def __eq__(self, other):
        return isinstance(other, PyTreeDef) and self._nodes == other._nodes

    def __ne__(self, other):
        # JAX answers False to both == and != against anything that is not a treedef.
        return isinstance(other, PyTreeDef) and self._nodes != other._nodes

    def __hash__(self):
        if self._hash is None:
            # Node data stays out: custom aux data need not be hashable, as in JAX.
            self._hash = hash(tuple((n[0], n[1], n[3]) for n in self._nodes))
        return self._hash

    def __repr__(self):
        return f"PyTreeDef({self._fold(lambda: '*', _node_str)})"

    __str__ = __repr__

    def __reduce__(self):
        return (_rebuild_treedef, (tuple(self._nodes),))


# ---- key path entries -------------------------------------------------------------------------


def _is_int32(v):
    return isinstance(v, int) and -(2**31) <= v < 2**31


def _rebuild_key(cls_name, value):
    return globals()[cls_name](value)


class _KeyEntry:
    """What the key path entries share: one checked field, ==, repr() and pickling.

    A subclass names its field in __slots__, gives _sig and _valid for the constructor check and
    _str (a format string) for str(). Each has its own __hash__: JAX's values, so sets of keys
    iterate (and error messages list keys) alike.
    """

    __slots__ = ()

    def _checked(self, args):
        if len(args) != 1 or not self._valid(args[0]):
            types = ", ".join([f"{_EXT_MODULE}.{type(self).__name__}",
                               *map(_type_name_for_error, args)])
            raise TypeError("__init__(): incompatible function arguments. The following argument "
                            f"types are supported:\n    1. __init__(self, {self._sig}) -> None\n\n"
                            f"Invoked with types: {types}")
        return args[0]

    def _value(self):
        return getattr(self, self.__slots__[0])

    def __str__(self):
        return self._str.format(self._value())

    def __repr__(self):
        return f"{type(self).__name__}({self.__slots__[0]}={self._value()!r})"

    def __eq__(self, other):
        return type(other) is type(self) and self._value() == other._value()

    def __reduce__(self):
        return (_rebuild_key, (type(self).__name__, self._value()))


class SequenceKey(_KeyEntry):
    """Key path entry for the i-th element of a list or tuple."""

    __slots__ = __match_args__ = ("idx",)
    _sig, _valid, _str = "idx: int", staticmethod(_is_int32), "[{!r}]"

    def __init__(self, *args):
        self.idx = self._checked(args)

    def __hash__(self):
        return self.idx + 1


class DictKey(_KeyEntry):
    """Key path entry for a dict (or OrderedDict, defaultdict) key."""

    __slots__ = __match_args__ = ("key",)
    _sig, _valid, _str = "key: object", staticmethod(lambda v: True), "[{!r}]"

    def __init__(self, *args):
        self.key = self._checked(args)

    def __hash__(self):
        return hash(self.key)


class GetAttrKey(_KeyEntry):
    """Key path entry for a named attribute (namedtuple field, dataclass field)."""

    __slots__ = __match_args__ = ("name",)
    _sig, _valid, _str = "name: str", staticmethod(lambda v: isinstance(v, str)), ".{}"

    def __init__(self, *args):
        self.name = self._checked(args)

    def __hash__(self):
        return hash(self.name)


class FlattenedIndexKey(_KeyEntry):
    """Key path entry for the i-th child of a custom node registered without keys."""

    __slots__ = __match_args__ = ("key",)
    _sig, _valid, _str = "key: int", staticmethod(_is_int32), "[<flat index {!r}>]"

    def __init__(self, *args):
        self.key = self._checked(args)

    def __hash__(self):
        return self.key + 42


for _cls in (PyTreeDef, SequenceKey, DictKey, GetAttrKey, FlattenedIndexKey):
    _cls.__module__ = _EXT_MODULE
del _cls


def keystr(keys, *, simple=False, separator=""):
    """Joins key path entries as text, e.g. "['a'][0].x"; simple=True drops the brackets."""
    if not simple:
        return separator.join(map(str, keys))
    return separator.join(str(k._value() if isinstance(k, _KeyEntry) else k) for k in keys)


# ---- the public functions ---------------------------------------------------------------------


def tree_flatten(tree, is_leaf=None):
    """Alias of jax.tree.flatten: (leaves, treedef)."""
    leaves, nodes = [], []
    _flatten(tree, leaves, nodes, is_leaf)
    return leaves, _new_treedef(nodes)


def tree_unflatten(treedef, leaves):
    """Alias of jax.tree.unflatten."""
    return treedef.unflatten(leaves)


def tree_leaves(tree, is_leaf=None):
    """Alias of jax.tree.leaves."""
    return tree_flatten(tree, is_leaf)[0]


def tree_structure(tree, is_leaf=None):
    """Alias of jax.tree.structure."""
    return tree_flatten(tree, is_leaf)[1]


def treedef_tuple(treedefs):
    """The treedef of a tuple whose elements have the given structures."""
    return _join(_TUPLE, None, tuple, list(treedefs))


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
    return typ in _registry or _is_namedtuple_type(typ)


def _register(reg, what=""):
    if reg.type in _registry:
        raise ValueError(f"Duplicate custom {what}PyTreeDef type registration for {reg.type!r}.")
    _registry[reg.type] = reg


def register_pytree_node(nodetype, flatten_func, unflatten_func, flatten_with_keys_func=None):
    """Makes instances of nodetype pytree nodes, taken apart and rebuilt by the given functions.

    flatten_func(x) returns (children, aux_data); unflatten_func(aux_data, children) rebuilds.
    """
    _register(_Registration(_CUSTOM, nodetype, flatten_func, unflatten_func,
                            flatten_with_keys_func))


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
    flatten = _operator.methodcaller("tree_flatten") if hasattr(cls, "tree_flatten") else None
    register_pytree_with_keys(cls, _operator.methodcaller("tree_flatten_with_keys"),
                              cls.tree_unflatten, flatten)
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
    data_fields, meta_fields = tuple(data_fields), tuple(meta_fields)
    chosen = {*meta_fields, *data_fields}
    if dataclasses.is_dataclass(nodetype):
        init_fields = {f.name for f in dataclasses.fields(nodetype) if f.init}
        init_fields.difference_update(drop_fields)
        if chosen != init_fields:
            msg = ("data_fields and meta_fields must include all dataclass fields with"
                   " ``init=True`` and only them.")
            missing, unexpected = init_fields - chosen, chosen - init_fields
            if missing:
                msg += (f" Missing fields: {missing}. Add them to drop_fields to suppress"
                        " this error.")
            if unexpected:
                msg += f" Unexpected fields: {unexpected}."
            raise ValueError(msg)
    overlap = set(data_fields) & set(meta_fields)
    if overlap:
        raise ValueError("data_fields and meta_fields must not overlap. Overlapping fields:"
                         f" {overlap}.")
    _register(_Registration(_DATACLASS, nodetype, data_fields=data_fields,
                            meta_fields=meta_fields), "dataclass ")
    return nodetype


def register_static(cls):
    """Registers cls as a pytree node with no children: instances live in the treedef."""
    register_pytree_with_keys(cls, lambda obj: ((), obj), lambda obj, children: obj)
    return cls


def _flatten_rest(treedef, tree, rest, is_leaf, name):
    """Each tree of rest flattened up to treedef; a mismatch raises JAX's structure error."""
    out = []
    for r in rest:
        try:
            out.append(treedef.flatten_up_to(r))
        except Exception as e:
            err = next(_prefix_error((), tree, r, is_leaf), None)
            raise (err(name) if err is not None else e) from None
    return out


def tree_map(f, tree, *rest, is_leaf=None):
    """Alias of jax.tree.map: f applied leaf-wise; the other trees may go deeper than tree."""
    leaves, treedef = tree_flatten(tree, is_leaf)
    # A generator (not map) so a StopIteration escaping f becomes RuntimeError, as in JAX.
    if not rest:
        return treedef.unflatten(f(x) for x in leaves)
    columns = [leaves, *_flatten_rest(treedef, tree, rest, is_leaf, "tree_map tree")]
    return treedef.unflatten(f(*xs) for xs in zip(*columns, strict=False))


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
    kind, reg = _lookup(tree)
    if kind == _LEAF:
        raise ValueError(f"can't tree-flatten type: {type(tree)}")
    if kind == _NAMEDTUPLE:
        return list(tree), type(tree)
    if kind == _CUSTOM:
        return _check_pair(reg.to_iter(tree), _ITER_HEAD)
    children, data = _children(tree, reg, kind)
    return (tuple(children) if kind == _DICT else children), data


def flatten_one_level_with_keys(tree):
    """Like flatten_one_level, with children as (key, child) pairs."""
    kind, reg = _lookup(tree)
    if kind == _LEAF:
        raise ValueError(f"can't tree-flatten type: {type(tree)}")
    if kind == _NAMEDTUPLE:
        # JAX 0.10.2 names every namedtuple child after the first field here (not in
        # tree_flatten_with_path); structure-error messages show it, so keep it.
        first = GetAttrKey(tree._fields[0]) if tree._fields else None
        return [(first, c) for c in tree], type(tree)
    pairs, aux = _children_with_keys(tree, reg, kind)
    return (tuple(pairs) if kind in (_NONE, _TUPLE, _LIST, _DICT) else pairs), aux


def tree_flatten_with_path(tree, is_leaf=None, is_leaf_takes_path=False):
    """Alias of jax.tree.flatten_with_path: ([(key_path, leaf), ...], treedef)."""
    pred = is_leaf if is_leaf is None or is_leaf_takes_path else lambda _path, x: is_leaf(x)
    out, nodes = [], []
    _flatten(tree, out, nodes, pred, ())
    return out, _new_treedef(nodes)


def tree_leaves_with_path(tree, is_leaf=None, is_leaf_takes_path=False):
    """Alias of jax.tree.leaves_with_path."""
    return tree_flatten_with_path(tree, is_leaf, is_leaf_takes_path)[0]


def tree_map_with_path(f, tree, *rest, is_leaf=None, is_leaf_takes_path=False):
    """Alias of jax.tree.map_with_path: f(key_path, leaf, *other_leaves)."""
    keypath_leaves, treedef = tree_flatten_with_path(tree, is_leaf, is_leaf_takes_path)
    columns = list(zip(*keypath_leaves, strict=False)) or [(), ()]
    columns += _flatten_rest(treedef, tree, rest, is_leaf, "tree_map_with_path tree")
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
    ty = type(prefix_tree)
    if ty is not type(full_tree):
        yield lambda name: ValueError(
            "pytree structure error: different types at key path\n"
            f"    {name}{keystr(key_path)}\n"
            f"At that key path, the prefix pytree {name} has a subtree of type\n"
            f"    {ty}\n"
            "but at the same key path the full pytree has a subtree of different type\n"
            f"    {type(full_tree)}.")
        return
    prefix_children, prefix_meta = flatten_one_level(prefix_tree)
    full_children, full_meta = flatten_one_level(full_tree)
    prefix_children, full_children = tuple(prefix_children), tuple(full_children)
    prefix_keys, full_keys = _child_keys(prefix_tree), _child_keys(full_tree)
    if isinstance(prefix_tree, (list, tuple)):
        if len(prefix_tree) != len(full_tree):
            yield lambda name: ValueError(
                f"pytree structure error: different lengths of {ty.__name__} at key path\n"
                f"    {name}{keystr(key_path)}\n"
                f"At that key path, the prefix pytree {name} has a subtree of type "
                f"{ty.__name__} of length {len(prefix_tree)}, but the full pytree "
                f"has a subtree of the same type but of length {len(full_tree)}.")
            return
    elif len(prefix_children) != len(full_children):
        try:
            diff = set(prefix_keys).symmetric_difference(set(full_keys))
        except Exception:
            diff = None

        def different_children(name):
            text = (
                "pytree structure error: different numbers of pytree children at key "
                f"path\n    {name}{keystr(key_path)}\n"
                f"At that key path, the prefix pytree {name} has a subtree of type\n"
                f"    {ty}\n"
                f"with {len(prefix_children)} child keys\n"
                f"    {' '.join(str(k.key) for k in prefix_keys)}\n"
                "but at the same key path the full pytree has a subtree of the same "
                f"type but with {len(full_children)} child keys\n"
                f"    {' '.join(str(k.key) for k in full_keys)}\n")
            if diff is not None:
                text += ("so the symmetric difference on key sets is\n"
                         f"    {' '.join(str(k.key) for k in diff)}")
            return ValueError(text)

        yield different_children
        return
    if prefix_meta != full_meta:
        import difflib
        import textwrap

        prefix_meta_str, full_meta_str = str(prefix_meta), str(full_meta)
        metadata_diff = textwrap.indent("\n".join(difflib.ndiff(
            prefix_meta_str.splitlines(), full_meta_str.splitlines())), prefix="    ")
        yield lambda name: ValueError(
            "pytree structure error: different pytree metadata at key path\n"
            f"    {name}{keystr(key_path)}\n"
            f"At that key path, the prefix pytree {name} has a subtree of type\n"
            f"    {ty}\n"
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


def _equality_errors(tree1, tree2, is_leaf=None, path=()):
    """(key_path, thing1, thing2, explanation) for each structural difference of two trees."""
    if (_treedef_is_strict_leaf(tree_structure(tree1, is_leaf=is_leaf))
            and _treedef_is_strict_leaf(tree_structure(tree2, is_leaf=is_leaf))):
        return
    t1, t2 = type(tree1), type(tree2)
    if t1 is not t2:
        yield path, str(t1), str(t2), "their Python types differ"
        return
    if isinstance(tree1, (list, tuple)) and len(tree1) != len(tree2):
        yield (path, f"{t1.__name__} of length {len(tree1)}",
               f"{t2.__name__} of length {len(tree2)}", "the lengths do not match")
        return
    c1, meta1 = flatten_one_level(tree1)
    c2, meta2 = flatten_one_level(tree2)
    c1, c2 = tuple(c1), tuple(c2)
    keys1, keys2 = _child_keys(tree1), _child_keys(tree2)
    try:
        diff = " ".join(repr(k.key) for k in set(keys1).symmetric_difference(set(keys2)))
    except Exception:
        diff = ""
    if len(c1) != len(c2):
        yield (path,
               f"{t1} with {len(c1)} child{'ren' if len(c1) > 1 else ''}",
               f"{t2} with {len(c2)} child{'ren' if len(c2) > 1 else ''}",
               "the numbers of children do not match"
               + (diff and f", with the symmetric difference of key sets: {{{diff}}}"))
        return
    if meta1 != meta2:
        yield (path, f"{t1} with pytree metadata {meta1}", f"{t2} with pytree metadata {meta2}",
               "the pytree node metadata does not match")
        return
    for k, a, b in zip(keys1, c1, c2, strict=False):
        yield from _equality_errors(a, b, is_leaf, (*path, k))


def _equality_errors_pytreedef(tree1, tree2):
    """Like equality_errors, for two treedefs."""
    # A leaf whose type prints as "pytree leaf", so messages name no real leaf type.
    leaf = type("LeafMeta", (type,), {"__repr__": lambda _: "pytree leaf"})("Leaf", (), {})()
    return _equality_errors(tree1.unflatten([leaf] * tree1.num_leaves),
                            tree2.unflatten([leaf] * tree2.num_leaves))


# ---- a stand-in for JAX's registry object -----------------------------------------------------


def _none_for_leaf(flatten, tree):
    try:
        return flatten(tree)
    except ValueError:
        return None


class _DefaultRegistry:
    """The one registry jaxlite has; offers the methods JAX code calls on default_registry."""

    def flatten(self, tree, leaf_predicate=None):
        return tree_flatten(tree, leaf_predicate)

    def flatten_one_level(self, tree):
        return _none_for_leaf(flatten_one_level, tree)

    def flatten_one_level_with_keys(self, tree):
        return _none_for_leaf(flatten_one_level_with_keys, tree)

    def flatten_with_path(self, tree, leaf_predicate=None):
        return tree_flatten_with_path(tree, leaf_predicate, is_leaf_takes_path=True)

    is_node = staticmethod(is_tree_node)

    def __repr__(self):
        return "<jaxlite default pytree registry>"


default_registry = _DefaultRegistry()


# ---- containers registered like JAX registers them -------------------------------------------

def _defaultdict_with_keys(d):
    keys = tuple(sorted(d))
    return tuple((DictKey(k), d[k]) for k in keys), (d.default_factory, keys)


register_pytree_with_keys(
    _collections.OrderedDict,
    lambda d: (tuple((DictKey(k), d[k]) for k in d.keys()), tuple(d.keys())),
    lambda keys, values: _collections.OrderedDict(zip(keys, values, strict=True)))
register_pytree_with_keys(
    _collections.defaultdict, _defaultdict_with_keys,
    lambda aux, values: _collections.defaultdict(aux[0], zip(aux[1], values, strict=True)))


class _HashableCallableShim:
    """Wraps a functools.partial so Partial keeps it whole instead of merging its arguments."""

    def __init__(self, fun):
        self.fun = fun

    def __call__(self, *args, **kw):
        return self.fun(*args, **kw)

    def __hash__(self):
        return hash(self.fun)

    def __eq__(self, other):
        return self.fun == (other.fun if isinstance(other, _HashableCallableShim) else other)

    def __repr__(self):
        return f"_HashableCallableShim({self.fun!r})"


class Partial(_functools.partial):
    """functools.partial as a pytree: bound arguments are leaves, the function is static."""

    def __new__(cls, func, *args, **kw):
        if not isinstance(func, _functools.partial):
            return super().__new__(cls, func, *args, **kw)
        original = func
        func = _HashableCallableShim(original)
        out = super().__new__(cls, func, *args, **kw)
        func.func, func.args, func.keywords = original.func, original.args, original.keywords
        return out


Partial.__module__ = "jax.tree_util"

register_pytree_node(
    Partial,
    lambda p: ((p.args, p.keywords), p.func),
    lambda func, xs: Partial(func, *xs[0], **xs[1]),
)

__getattr__ = _module_getattr("jax.tree_util")
