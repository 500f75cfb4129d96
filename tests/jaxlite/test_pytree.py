"""jaxlite.tree_util / jaxlite.tree checked against real jax.tree_util, in the same process."""

import collections
import copy
import dataclasses
import pickle
import re

import jax
import jax.tree_util as jtu
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jaxlite.tree as ltree
import jaxlite.tree_util as ltu

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- shared container types: each is registered with both libraries ------------------------

Point = collections.namedtuple("Point", ["x", "y"])
Triple = collections.namedtuple("Triple", "a b c")


class Box:
    """A custom node with string aux data and a variable number of children."""

    def __init__(self, tag, *items):
        self.tag = tag
        self.items = items

    def __repr__(self):
        return f"Box({self.tag!r}, {', '.join(map(repr, self.items))})"

    def __eq__(self, other):
        return type(other) is Box and (self.tag, self.items) == (other.tag, other.items)

    __hash__ = None


def _box_flatten(b):
    return b.items, b.tag


def _box_unflatten(tag, items):
    return Box(tag, *items)


class Keyed:
    """A custom node registered with keys."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __repr__(self):
        return f"Keyed({self.first!r}, {self.second!r})"

    def __eq__(self, other):
        return type(other) is Keyed and (self.first, self.second) == (other.first, other.second)

    __hash__ = None


@dataclasses.dataclass
class Config:
    weight: object
    bias: object
    name: str = dataclasses.field(default="lin", metadata={"static": True})


class Leafy:
    """An unregistered object: a leaf in both libraries, like a jaxlite Array."""

    def __repr__(self):
        return "Leafy()"


for _lib in (jtu, ltu):
    _lib.register_pytree_node(Box, _box_flatten, _box_unflatten)
    _lib.register_dataclass(Config)

# Keyed needs each library's own GetAttrKey in its flatten_with_keys function.
jtu.register_pytree_with_keys(
    Keyed,
    lambda k: (((jtu.GetAttrKey("first"), k.first), (jtu.GetAttrKey("second"), k.second)), "kd"),
    lambda aux, ch: Keyed(*ch),
)
ltu.register_pytree_with_keys(
    Keyed,
    lambda k: (((ltu.GetAttrKey("first"), k.first), (ltu.GetAttrKey("second"), k.second)), "kd"),
    lambda aux, ch: Keyed(*ch),
)


# ---- helpers ----------------------------------------------------------------------------------


def outcome(fn):
    """('ok', repr of the result) or ('err', exception type name, message)."""
    try:
        return ("ok", repr(fn()))
    except Exception as e:  # noqa: BLE001 - comparing whatever either library raises
        return ("err", type(e).__name__, normalise_message(str(e)))


def normalise_message(msg):
    # Both libraries list a symmetric difference of key sets in set order, which hangs on
    # insertion history; compare it as a multiset of words.
    m = re.search(r"so the symmetric difference on key sets is\n    (.*)$", msg)
    if m:
        msg = msg[: m.start(1)] + " ".join(sorted(m.group(1).split()))
    return msg


def same(fn_real, fn_lite):
    real = outcome(fn_real)
    lite = outcome(fn_lite)
    assert lite == real
    return real


def both(fn):
    """Runs fn(lib) for real jax.tree_util and jaxlite.tree_util and compares the outcomes."""
    return same(lambda: fn(jtu), lambda: fn(ltu))


def to_real(tree):
    """The same tree with jaxlite Partial objects swapped for jax's."""
    if isinstance(tree, ltu.Partial):
        return jtu.Partial(
            tree.func, *map(to_real, tree.args), **{k: to_real(v) for k, v in tree.keywords.items()}
        )
    if type(tree) in (list, tuple):
        return type(tree)(to_real(x) for x in tree)
    if type(tree) is dict:
        return {k: to_real(v) for k, v in tree.items()}
    return tree


def check_tree(tree, is_leaf=None):
    """Every read-only view of one tree must agree between the two libraries."""
    real_tree = to_real(tree)
    r_leaves, r_def = jtu.tree_flatten(real_tree, is_leaf)
    l_leaves, l_def = ltu.tree_flatten(tree, is_leaf)
    assert repr(l_leaves) == repr(r_leaves)
    assert all(a is b for a, b in zip(ltu.tree_leaves(tree, is_leaf), l_leaves, strict=True))
    assert str(l_def) == str(r_def)
    assert repr(l_def) == repr(r_def)
    assert (l_def.num_leaves, l_def.num_nodes) == (r_def.num_leaves, r_def.num_nodes)
    assert [str(c) for c in l_def.children()] == [str(c) for c in r_def.children()]
    assert repr(l_def.node_data()) == repr(r_def.node_data())
    assert ltu.treedef_is_leaf(l_def) == jtu.treedef_is_leaf(r_def)
    assert str(ltu.tree_structure(tree, is_leaf)) == str(r_def)
    # Round trips.
    assert repr(ltu.tree_unflatten(l_def, l_leaves)) == repr(jtu.tree_unflatten(r_def, r_leaves))
    assert ltu.tree_structure(l_def.unflatten(l_leaves), is_leaf) == l_def
    mapped = ltu.tree_map(lambda x: ("m", x), tree, is_leaf=is_leaf)
    assert repr(mapped) == repr(jtu.tree_map(lambda x: ("m", x), real_tree, is_leaf=is_leaf))
    # Paths.
    r_paths, r_pdef = jtu.tree_flatten_with_path(real_tree, is_leaf)
    l_paths, l_pdef = ltu.tree_flatten_with_path(tree, is_leaf)
    assert repr(l_paths) == repr(r_paths)
    assert str(l_pdef) == str(r_pdef)
    assert [ltu.keystr(p) for p, _ in l_paths] == [jtu.keystr(p) for p, _ in r_paths]
    assert [ltu.keystr(p, simple=True, separator="/") for p, _ in l_paths] == [
        jtu.keystr(p, simple=True, separator="/") for p, _ in r_paths
    ]
    # jax.tree aliases.
    assert repr(ltree.leaves(tree, is_leaf)) == repr(jax.tree.leaves(real_tree, is_leaf))
    assert str(ltree.structure(tree, is_leaf)) == str(jax.tree.structure(real_tree, is_leaf))
    return l_leaves, l_def


# ---- a table of trees ------------------------------------------------------------------------

TABLE = [
    1,
    1.5,
    "text",
    None,
    (),
    [],
    {},
    (1,),
    (1, None),
    [1, [2, 3]],
    {"a": 1, "b": [2, 3]},
    {"b": 1, "a": 2},
    {"k": None},
    {"a": {"b": {"c": 1}}, "z": [(), [None]]},
    {1: "a", 2: "b"},
    {(1, 2): 1, (0, 5): 2},
    {2: 1, 1.5: 2, True: 3},
    {None: 1},
    {"it's": 1, 'a"b': 2},
    (None,),
    [None, None],
    Point(1, 2),
    Point(1, (2, 3)),
    Point(None, ()),
    [Point(x=1.0, y=(2.0, 3.0)), {"z": None}],
    Triple([1], {"q": 2}, Point(3, 4)),
    collections.namedtuple("Empty", [])(),
    collections.OrderedDict([("b", 1), ("a", 2)]),
    collections.OrderedDict(),
    collections.defaultdict(list, {"b": 1, "a": 2}),
    collections.defaultdict(int),
    Box("aux", 1, 2),
    Box(("q", 1), [1, 2], None),
    Box("line1\nline2", 1),
    Box("none"),
    Keyed(1, (2, 3)),
    Config(1, [2, 3]),
    Config((1, 2), None, name="other"),
    [Leafy(), (Leafy(), {"w": Leafy()})],
    type("ListSub", (list,), {})([1, 2]),
    type("TupleSub", (tuple,), {})((1, 2)),
    type("DictSub", (dict,), {})(a=1),
    ltu.Partial(max, 1, key=abs),
    {"p": ltu.Partial(print)},
]


@pytest.mark.parametrize("tree", TABLE, ids=lambda t: type(t).__name__)
def test_table_flatten(tree):
    check_tree(tree)


@pytest.mark.parametrize(
    "tree, is_leaf",
    [
        ([1, (2, 3)], lambda x: isinstance(x, tuple)),
        ([None, 1], lambda x: x is None),
        ([None, 1], lambda x: isinstance(x, list)),
        ({"a": [1, 2], "b": [3]}, lambda x: isinstance(x, list) and len(x) == 1),
        (Point(1, (2, 3)), lambda x: isinstance(x, Point)),
        (Box("t", (1, 2), 3), lambda x: x == (1, 2)),
    ],
)
def test_table_is_leaf(tree, is_leaf):
    check_tree(tree, is_leaf)


def test_treedef_printing_forms():
    assert str(ltu.tree_structure(1)) == "PyTreeDef(*)"
    assert str(ltu.tree_structure((1, None))) == "PyTreeDef((*, None))"
    assert str(ltu.tree_structure({"a": 1, "b": [1, 2]})) == "PyTreeDef({'a': *, 'b': [*, *]})"
    assert str(ltu.tree_structure((1,))) == "PyTreeDef((*,))"
    assert (
        str(ltu.tree_structure(Point(1, 2))) == "PyTreeDef(CustomNode(namedtuple[Point], [*, *]))"
    )
    assert str(ltu.tree_structure(Box("aux", 1))) == "PyTreeDef(CustomNode(Box[aux], [*]))"
    assert (
        str(ltu.tree_structure(Config(1, 2))) == "PyTreeDef(CustomNode(Config[('lin',)], [*, *]))"
    )


# ---- errors ----------------------------------------------------------------------------------

ERROR_CASES = [
    # tree_map with trees whose structures differ
    lambda lib: lib.tree_map(lambda x, y: x, (1, 2), (1, 2, 3)),
    lambda lib: lib.tree_map(lambda x, y: x, (1, 2), [1, 2]),
    lambda lib: lib.tree_map(lambda x, y: x, (1, 2), 1),
    lambda lib: lib.tree_map(lambda x, y: x, {"a": 1, "b": 2}, {"a": 1, "c": 2}),
    lambda lib: lib.tree_map(lambda x, y: x, {"a": 1, "b": 2}, {"a": 1}),
    lambda lib: lib.tree_map(lambda x, y: x, {"a": 1, "b": 2, "c": 3, "d": 4}, {"a": 1}),
    lambda lib: lib.tree_map(lambda x, y: x, {"a": [1, (2, 3)]}, {"a": [1, (2, 3, 4)]}),
    lambda lib: lib.tree_map(lambda x, y: (x, y), [1, 2], [(1, 2), {"a": 3}]),
    lambda lib: lib.tree_map(lambda x, y: x, [None, 1], [1, 1]),
    lambda lib: lib.tree_map(lambda x, y: (x, y), [1, 1], [None, 1]),
    lambda lib: lib.tree_map(lambda x, y: x, Point(1, 2), Triple(1, 2, 3)),
    lambda lib: lib.tree_map(lambda x, y: x, Point(1, (1, 2)), Point(1, (1, 2, 3))),
    lambda lib: lib.tree_map(
        lambda x, y: x, collections.OrderedDict(a=1, b=2), collections.OrderedDict(b=1, a=2)
    ),
    lambda lib: lib.tree_map(
        lambda x, y: x, collections.OrderedDict(a=1, b=2), collections.OrderedDict(a=1)
    ),
    lambda lib: lib.tree_map(lambda x, y: x, Box("aux", 1), Box("bux", 1)),
    lambda lib: lib.tree_map(lambda x, y: x, Box("l1\nl2", 1), Box("l1\nl3", 1)),
    lambda lib: lib.tree_map(lambda x, y: x, Box("t", 1, 2), Box("t", 1, 2, 3)),
    lambda lib: lib.tree_map(lambda x, y: x, Box("t", 1), Box("t")),
    lambda lib: lib.tree_map(lambda x, y: x, Box("t", 1, (1, 2)), Box("t", 1, (1, 2, 3))),
    lambda lib: lib.tree_map(lambda x, y: x, Keyed(1, [2]), Keyed(1, [2, 3])),
    lambda lib: lib.tree_map(lambda x, y: x, Config(1, (2,)), Config(1, (2, 3))),
    lambda lib: lib.tree_map(lambda x, y: x, Config(1, 2), Config(1, 2, "sub")),
    lambda lib: lib.tree_map(lambda x, y, z: x, [1, 2], [1, 2], [1, 2, 3]),
    lambda lib: lib.tree_map(lambda x, y: x, {1: 1, 2: 2}, {1: 1, 3: 2}),
    lambda lib: lib.tree_map(lambda x, y: x, {"a": 1}, None),
    lambda lib: lib.tree_map(lambda x, y: x, [()], [(1,)]),
    lambda lib: lib.tree_map(lambda x, y: x, {"a": 1}, {"a": 1, 2: 3}),
    lambda lib: lib.tree_map(lambda x, y: x, Point(None, None), Point([], {0: {}, "a": {}})),
    lambda lib: lib.tree_map(
        lambda x, y: x, [(1, 2), [3]], [(1, 2, 3), [3, 4]], is_leaf=lambda x: isinstance(x, tuple)
    ),
    lambda lib: lib.tree_map(
        lambda x, y: x, [(1, 2), [3]], [(1, 2), [3, 4]], is_leaf=lambda x: isinstance(x, tuple)
    ),
    lambda lib: lib.tree_map_with_path(lambda p, a, b: a, [1], [1, 2]),
    lambda lib: lib.tree_map_with_path(
        lambda p, a, b: (lib.keystr(p), a, b), {"a": [1, Point(2, 3)]}, {"a": [4, Point(5, (6,))]}
    ),
    # unflatten with the wrong number of leaves
    lambda lib: lib.tree_unflatten(lib.tree_structure((1, [2, 3])), [1, 2]),
    lambda lib: lib.tree_unflatten(lib.tree_structure((1, [2, 3])), [1, 2, 3, 4]),
    lambda lib: lib.tree_unflatten(lib.tree_structure(1), []),
    lambda lib: lib.tree_unflatten(lib.tree_structure(None), [1]),
    lambda lib: lib.tree_unflatten(lib.tree_structure([1]), 5),
    lambda lib: lib.tree_unflatten(lib.tree_structure([1]), None),
    lambda lib: lib.tree_unflatten((1, 2), [1]),
    # flatten_up_to
    lambda lib: lib.tree_structure([1, 2]).flatten_up_to((1, 2)),
    lambda lib: lib.tree_structure([1, 2]).flatten_up_to([1, 2, 3]),
    lambda lib: lib.tree_structure({"a": 1}).flatten_up_to({"b": 1}),
    lambda lib: lib.tree_structure({"a": 1}).flatten_up_to({"a": 1, "b": 2}),
    lambda lib: lib.tree_structure({"a": 1}).flatten_up_to(1),
    lambda lib: lib.tree_structure({"a": 1}).flatten_up_to(collections.OrderedDict(a=1)),
    lambda lib: lib.tree_structure(None).flatten_up_to(1),
    lambda lib: lib.tree_structure(None).flatten_up_to(()),
    lambda lib: lib.tree_structure(Point(1, 2)).flatten_up_to(Triple(1, 2, 3)),
    lambda lib: lib.tree_structure(Point(1, 2)).flatten_up_to((1, 2)),
    lambda lib: lib.tree_structure((1, 2)).flatten_up_to(Point(1, 2)),
    lambda lib: lib.tree_structure((1, 2)).flatten_up_to(None),
    lambda lib: lib.tree_structure(collections.OrderedDict(a=1)).flatten_up_to(
        collections.OrderedDict(b=1)
    ),
    lambda lib: lib.tree_structure(collections.OrderedDict(a=1)).flatten_up_to({"a": 1}),
    lambda lib: lib.tree_structure(Box("x", 1)).flatten_up_to(Box("y", 1, 2)),
    lambda lib: lib.tree_structure(Box("x", 1)).flatten_up_to(Box("x", 1, 2)),
    lambda lib: lib.tree_structure(Config(1, 2)).flatten_up_to(Config(1, 2, "sub")),
    lambda lib: lib.tree_structure(Config(1, 2)).flatten_up_to((1, 2)),
    lambda lib: lib.tree_structure([(1, 2), (1, 2)]).flatten_up_to([(1, 2, 3), [1, 2]]),
    lambda lib: lib.tree_structure([Box("x", 1), (1, 2)]).flatten_up_to([Box("y", 1), (1, 2, 3)]),
    lambda lib: lib.tree_structure([1, None]).flatten_up_to([(1,), None]),
    lambda lib: lib.tree_structure(1).flatten_up_to([1, 2]),
    # dict keys that cannot be sorted
    lambda lib: lib.tree_flatten({1: 1, "a": 2}),
    lambda lib: lib.tree_leaves({(1,): 1, "a": 2}),
    lambda lib: lib.tree_flatten_with_path({1: 1, "a": 2}),
    # is_leaf must answer True, False or None
    lambda lib: lib.tree_leaves([1, [2]], is_leaf=lambda x: 1),
    lambda lib: lib.tree_leaves([1, [2]], is_leaf=lambda x: "yes"),
    lambda lib: lib.tree_leaves([1, [2]], is_leaf=lambda x: None),
    lambda lib: lib.tree_flatten_with_path([1, [2]], is_leaf=lambda x: 0),
    # reductions
    lambda lib: lib.tree_reduce(lambda a, b: a + b, []),
    lambda lib: lib.tree_reduce(lambda a, b: a + b, [1, (2, 3)]),
    lambda lib: lib.tree_reduce(lambda a, b: a + b, [], 10),
    lambda lib: lib.tree_reduce(lambda a, b: a + b, [1], initializer=5),
    lambda lib: lib.tree_reduce_associative(lambda a, b: (a, b), [1, 2, 3, 4, 5]),
    lambda lib: lib.tree_reduce_associative(lambda a, b: (a, b), []),
    lambda lib: lib.tree_reduce_associative(lambda a, b: (a, b), [], identity=0),
    lambda lib: (
        lib.tree_all([1, (2, 0)]),
        lib.tree_all([]),
        lib.tree_all(None),
        lib.tree_all([[]], is_leaf=lambda x: x == []),
    ),
    # transpose and broadcast
    lambda lib: lib.tree_transpose(
        lib.tree_structure([0, 0]), lib.tree_structure((0, 0)), [(1, 2), (3, 4)]
    ),
    lambda lib: lib.tree_transpose(lib.tree_structure([0, 0]), None, [(1, 2), (3, 4)]),
    lambda lib: lib.tree_transpose(
        lib.tree_structure([0, 0]), lib.tree_structure((0, 0, 0)), [(1, 2), (3, 4)]
    ),
    lambda lib: lib.tree_broadcast([1, 2], [(1, 2), {"a": 3, "b": 4}]),
    lambda lib: lib.tree_broadcast([1, 2], [(1, 2)]),
    # registration
    lambda lib: lib.register_pytree_node(Box, _box_flatten, _box_unflatten),
    lambda lib: lib.register_pytree_node(list, _box_flatten, _box_unflatten),
    lambda lib: lib.register_dataclass(Config),
    # one-level helpers
    lambda lib: lib.flatten_one_level(1),
    lambda lib: lib.flatten_one_level({"b": 1, "a": 2}),
    lambda lib: lib.flatten_one_level(Point(1, 2)),
    lambda lib: lib.flatten_one_level(Box("t", 1)),
    lambda lib: lib.flatten_one_level(Config(1, 2)),
    lambda lib: lib.flatten_one_level(None),
    lambda lib: lib.flatten_one_level_with_keys(Triple(1, 2, 3)),
    lambda lib: lib.flatten_one_level_with_keys(Box("t", 1)),
    lambda lib: lib.flatten_one_level_with_keys(collections.OrderedDict(b=1, a=2)),
    lambda lib: lib.flatten_one_level_with_keys([1, 2]),
    lambda lib: lib.flatten_one_level_with_keys(Config(1, 2)),
    lambda lib: lib.flatten_one_level_with_keys(1),
    # key entries
    lambda lib: lib.SequenceKey("a"),
    lambda lib: lib.SequenceKey(),
    lambda lib: lib.FlattenedIndexKey("a"),
    lambda lib: lib.GetAttrKey(1),
    lambda lib: hash(lib.DictKey([1])),
    lambda lib: (str(lib.DictKey(None)), str(lib.DictKey((1, "a"))), repr(lib.DictKey("a"))),
    lambda lib: (
        lib.SequenceKey(0) == lib.SequenceKey(0),
        lib.SequenceKey(0) == lib.DictKey(0),
        lib.DictKey(0) == 0,
        lib.SequenceKey(0) == lib.FlattenedIndexKey(0),
    ),
    lambda lib: (
        [hash(lib.SequenceKey(i)) for i in (-1, 0, 5)]
        + [hash(lib.FlattenedIndexKey(i)) for i in (0, 5)]
        + [hash(lib.DictKey("a")) == hash("a"), hash(lib.GetAttrKey("x")) == hash("x")]
    ),
    lambda lib: lib.keystr(
        (
            lib.SequenceKey(0),
            lib.DictKey("a"),
            lib.GetAttrKey("x"),
            lib.FlattenedIndexKey(3),
            "raw",
            7,
        )
    ),
    lambda lib: lib.keystr(
        (
            lib.SequenceKey(0),
            lib.DictKey("a"),
            lib.GetAttrKey("x"),
            lib.FlattenedIndexKey(3),
            "raw",
        ),
        simple=True,
        separator=".",
    ),
    lambda lib: (
        lib.SequenceKey.__match_args__,
        lib.DictKey.__match_args__,
        lib.GetAttrKey.__match_args__,
        lib.FlattenedIndexKey.__match_args__,
    ),
    # treedef methods
    lambda lib: lib.tree_structure([1, 2]) < lib.tree_structure([3, 4]),
    lambda lib: (lib.tree_structure([1, 2]) == 5, lib.tree_structure([1, 2]) != 5),
    lambda lib: lib.tree_structure([1, 2]).compose(lib.tree_structure((1, None))),
    lambda lib: lib.tree_structure(1).compose(lib.tree_structure([1, 2])),
    lambda lib: (
        lib.tree_structure({"a": 1, "b": None}).compose(lib.tree_structure([1, (2,)])).num_nodes
    ),
    lambda lib: lib.treedef_tuple([lib.tree_structure(1), lib.tree_structure([1])]),
    lambda lib: lib.treedef_tuple(iter([])),
    lambda lib: lib.treedef_children(lib.tree_structure([(1, 2), 3, {"a": 4}])),
    lambda lib: lib.tree_structure([None, Triple(1, 2, 3), Config(1, 2), (), {"a": 1}]).walk(
        lambda a, b: ("N", a, b), lambda x: x * 10, range(6)
    ),
    lambda lib: lib.PyTreeDef.from_node_data_and_children(
        lib.default_registry, (dict, ["a", "b"]), [lib.tree_structure(1), lib.tree_structure(None)]
    ),
    lambda lib: lib.PyTreeDef.from_node_data_and_children(
        lib.default_registry, (Point, None), [lib.tree_structure(1)] * 2
    ),
    lambda lib: lib.PyTreeDef.from_node_data_and_children(
        lib.default_registry, (Box, "q"), [lib.tree_structure(1)] * 3
    ),
    lambda lib: lib.PyTreeDef.from_node_data_and_children(lib.default_registry, None, []),
    lambda lib: lib.PyTreeDef.from_node_data_and_children(lib.default_registry, (int, None), []),
    lambda lib: lib.PyTreeDef(),
    lambda lib: type(lib.tree_structure(1)),
    lambda lib: [
        type(k)
        for k in (lib.SequenceKey(0), lib.DictKey(0), lib.GetAttrKey("a"), lib.FlattenedIndexKey(0))
    ],
    # misc public helpers
    lambda lib: (
        lib.all_leaves([1, 2]),
        lib.all_leaves([1, [2]]),
        lib.all_leaves([1, None]),
        lib.all_leaves([None], is_leaf=lambda x: x is None),
    ),
    lambda lib: [
        lib.is_tree_node(t)
        for t in (
            list,
            tuple,
            dict,
            type(None),
            Point,
            int,
            Box,
            Config,
            collections.OrderedDict,
            Leafy,
        )
    ],
    lambda lib: lib.tree_map(lambda x: x * 10, lib.Partial(max, 1))(3),
    lambda lib: repr(lib.Partial(lib.Partial(max, 1), 2)),
    lambda lib: lib.tree_flatten(lib.Partial(lib.Partial(max, 1), 2)),
    lambda lib: lib.tree_map(lambda x: x, [1], is_leaf=None),
    lambda lib: lib.tree_map(lambda x: [x, x], [1, (2,)]),
    lambda lib: lib.tree_map(lambda x: x + 1, None),
    lambda lib: lib.tree_map(lambda x: 1 / 0, [1]),
    lambda lib: (lambda it: lib.tree_map(lambda _: next(it), [1, (2, 3)]))(iter([7, 8])),
    lambda lib: (lambda it: lib.tree_map(lambda _, __: next(it), [1, 2], [3, 4]))(iter([7])),
]


@pytest.mark.parametrize("case", range(len(ERROR_CASES)))
def test_error_and_misc_cases(case):
    both(ERROR_CASES[case])


def test_custom_flatten_misuse():
    class Bad:
        pass

    class BadChildren:
        pass

    class BadLength:
        pass

    class AsList:
        pass

    class AsNamedTuple:
        pass

    pair = collections.namedtuple("Pair", "children aux")

    for lib in (jtu, ltu):
        lib.register_pytree_node(Bad, lambda m: 5, lambda aux, ch: Bad())
        lib.register_pytree_node(BadChildren, lambda m: (5, None), lambda aux, ch: Bad())
        lib.register_pytree_node(BadLength, lambda m: ((1,), None, 3), lambda aux, ch: Bad())
        lib.register_pytree_node(AsList, lambda m: [(1, 2), None], lambda aux, ch: Bad())
        lib.register_pytree_node(AsNamedTuple, lambda m: pair("ab", "x"), lambda aux, ch: Bad())
    for cls in (Bad, BadChildren, BadLength, AsList, AsNamedTuple):
        both(lambda lib, cls=cls: lib.tree_flatten(cls()))

    keyed = {}
    for lib in (jtu, ltu):
        made = []
        for bad in (lambda m: 5, lambda m: (5, None), lambda m: ([1, 2], None),
                    lambda m: (["ab"], None), lambda m: ([("k", 1), ("j", 2)], "aux")):
            cls = type("KeyedBad", (), {})
            lib.register_pytree_with_keys(cls, bad, lambda aux, ch: None,
                                          lambda m: ((1, 2), None))
            made.append(cls)
        keyed[lib] = made
    for i in range(5):
        same(lambda i=i: jtu.tree_flatten_with_path(keyed[jtu][i]()),
             lambda i=i: ltu.tree_flatten_with_path(keyed[ltu][i]()))
        same(lambda i=i: jtu.tree_flatten(keyed[jtu][i]()),
             lambda i=i: ltu.tree_flatten(keyed[ltu][i]()))


def test_custom_generator_children_and_unflatten_order():
    log = {}

    class Gen:
        pass

    def make(lib_name):
        def unflatten(aux, children):
            log[lib_name].append(("unflatten", children))
            return Gen()

        return unflatten

    for name, lib in (("real", jtu), ("lite", ltu)):
        log[name] = []
        lib.register_pytree_node(Gen, lambda m: ((i for i in range(3)), None), make(name))

    def run(lib, name):
        def leaves():
            for i in range(5):
                log[name].append(("leaf", i))
                yield i

        td = lib.tree_structure([Gen(), 3])
        try:
            td.unflatten(leaves())
        except ValueError as e:
            log[name].append(("error", str(e)))
        lib.tree_map(lambda x: log[name].append(("f", x)), [Gen(), {"b": 1, "a": 2}])

    run(jtu, "real")
    run(ltu, "lite")
    assert log["lite"] == log["real"]


def test_unflatten_accepts_any_iterable():
    td = ltu.tree_structure((1, [2, 3]))
    assert td.unflatten(iter([1, 2, 3])) == (1, [2, 3])
    assert td.unflatten(range(3)) == (0, [1, 2])
    assert td.unflatten(x for x in "abc") == ("a", ["b", "c"])


def test_dict_unflatten_uses_sorted_key_order():
    td = ltu.tree_structure({"z": 1, "a": 2, "m": 3})
    assert list(td.unflatten([1, 2, 3])) == ["a", "m", "z"]
    dd = ltu.tree_structure(collections.defaultdict(list, {"z": 1, "a": 2}))
    out = dd.unflatten([5, 6])
    assert type(out) is collections.defaultdict and out.default_factory is list
    assert list(out.items()) == [("a", 5), ("z", 6)]
    od = ltu.tree_structure(collections.OrderedDict([("z", 1), ("a", 2)]))
    assert list(od.unflatten([5, 6]).items()) == [("z", 5), ("a", 6)]


def test_treedef_equality_and_hash():
    s = ltu.tree_structure
    assert s([1, 2]) == s([3, 4]) and hash(s([1, 2])) == hash(s([3, 4]))
    assert s([1, 2]) != s((3, 4))
    assert s({"a": 1}) != s({"b": 1})
    assert s({1: 0}) == s({True: 0})
    assert s(Point(1, 2)) != s((1, 2))
    assert s(None) != s(1)
    assert s(Config(1, 2)) == s(Config(3, 4))
    assert s(Config(1, 2)) != s(Config(1, 2, "other"))
    unhashable = Box([1], 1)
    assert s(unhashable) == s(Box([1], 2)) and s(unhashable) != s(Box([2], 1))
    hash(s(unhashable))
    defs = {s(x) for x in [1, 2, None, (), [], (1,), [1], {"a": 1}, {"b": 1}, Point(1, 2)]}
    assert len(defs) == 9


def test_pickle_and_copy_treedefs_and_keys():
    for tree in [{"a": [1, (2, None)]}, Point(1, {"q": 2}), Config(1, 2)]:
        td = ltu.tree_structure(tree)
        assert pickle.loads(pickle.dumps(td)) == td
        assert copy.deepcopy(td) == td
    keys = (ltu.SequenceKey(1), ltu.DictKey("a"), ltu.GetAttrKey("x"), ltu.FlattenedIndexKey(2))
    assert pickle.loads(pickle.dumps(keys)) == keys


def test_register_pytree_node_class_and_keys_class():
    classes = {}
    for name, lib in (("real", jtu), ("lite", ltu)):

        @lib.register_pytree_node_class
        class NC:
            def __init__(self, x, y):
                self.x, self.y = x, y

            def tree_flatten(self):
                return (self.x, self.y), "nc"

            @classmethod
            def tree_unflatten(cls, aux, children):
                return cls(*children)

            def __repr__(self):
                return f"NC({self.x!r}, {self.y!r})"

        @lib.register_pytree_with_keys_class
        class KC:
            def __init__(self, x, y):
                self.x, self.y = x, y

            def tree_flatten_with_keys(self, lib=lib):
                return ((lib.GetAttrKey("x"), self.x), (lib.GetAttrKey("y"), self.y)), None

            @classmethod
            def tree_unflatten(cls, aux, children):
                return cls(*children)

            def __repr__(self):
                return f"KC({self.x!r}, {self.y!r})"

        @lib.register_static
        class S:
            def __init__(self, v):
                self.v = v

            def __eq__(self, other):
                return type(other) is type(self) and self.v == other.v

            def __hash__(self):
                return hash(self.v)

            def __repr__(self):
                return f"S({self.v})"

        classes[name] = (NC, KC, S)
    results = {}
    for name, lib in (("real", jtu), ("lite", ltu)):
        NC, KC, S = classes[name]
        tree = [NC(1, [2]), KC(3, (4,)), S(5), 6]
        results[name] = [
            outcome(lambda lib=lib, tree=tree: lib.tree_flatten(tree)),
            outcome(lambda lib=lib, tree=tree: lib.tree_flatten_with_path(tree)),
            outcome(lambda lib=lib, tree=tree: lib.tree_map(lambda x: -x, tree)),
            outcome(lambda lib=lib, KC=KC: lib.tree_map(lambda a, b: a, KC(1, [2]), KC(1, [2, 3]))),
            outcome(lambda lib=lib, NC=NC: lib.flatten_one_level(NC(1, 2))),
        ]
    assert results["lite"] == results["real"]


def test_equality_errors_and_prefix_errors():
    from jax._src import tree_util as jsrc

    pairs = [
        ([1, (2, 3), {"a": 1}], [1, (2, 3, 4), {"b": 1}]),
        ({"a": 1, "b": 2}, {"a": 1}),
        ([1], (1,)),
        (Box("t", 1), Box("u", 1)),
        (Point(1, [2]), Point(1, [2, 3])),
    ]
    for a, b in pairs:
        real = [(repr(p), t1, t2, why) for p, t1, t2, why in jsrc.equality_errors(a, b)]
        lite = [(repr(p), t1, t2, why) for p, t1, t2, why in ltu._equality_errors(a, b)]
        assert lite == real
        real_p = [str(e("x")) for e in jsrc.prefix_errors(a, b)]
        lite_p = [str(e("x")) for e in ltu._prefix_errors(a, b)]
        assert lite_p == real_p
    prefix, full = [1, {"a": 2}], [(5, 6), {"a": [7, 8, 9]}]
    assert ltu._broadcast_prefix(prefix, full) == jsrc.broadcast_prefix(prefix, full)


def test_jax_tree_namespace():
    params = {"layer1": {"w": [1.0, 2.0], "b": 0.5}, "scale": 3.0}
    assert ltree.map(lambda x: x * 2, params) == jax.tree.map(lambda x: x * 2, params)
    assert ltree.leaves(params) == jax.tree.leaves(params)
    leaves, td = ltree.flatten(params)
    r_leaves, r_td = jax.tree.flatten(params)
    assert leaves == r_leaves and str(td) == str(r_td)
    assert ltree.unflatten(td, [1, 2, 3, 4]) == jax.tree.unflatten(r_td, [1, 2, 3, 4])
    assert str(ltree.structure(params)) == str(jax.tree.structure(params))
    assert ltree.reduce(lambda a, b: a + b, params, 10) == jax.tree.reduce(
        lambda a, b: a + b, params, 10
    )
    assert ltree.reduce(max, [3, [7, 1], (4,)]) == jax.tree.reduce(max, [3, [7, 1], (4,)])
    assert ltree.all([1, (2, 3)]) is jax.tree.all([1, (2, 3)]) is True
    assert ltree.all([1, (2, 0)]) is jax.tree.all([1, (2, 0)]) is False
    assert ltree.reduce_associative(lambda a, b: (a, b), [1, 2, 3]) == (
        jax.tree.reduce_associative(lambda a, b: (a, b), [1, 2, 3])
    )
    assert ltree.transpose(ltree.structure([0, 0]), None, [(1, 2), (3, 4)]) == (
        jax.tree.transpose(jax.tree.structure([0, 0]), None, [(1, 2), (3, 4)])
    )
    assert ltree.broadcast(1, [2, (3,)]) == jax.tree.broadcast(1, [2, (3,)])
    assert repr(ltree.leaves_with_path(params)) == repr(jax.tree.leaves_with_path(params))
    assert repr(ltree.flatten_with_path(params)) == repr(jax.tree.flatten_with_path(params))
    f = lambda p, x: ltu.keystr(p)  # noqa: E731
    g = lambda p, x: jtu.keystr(p)  # noqa: E731
    assert ltree.map_with_path(f, params) == jax.tree.map_with_path(g, params)
    same(
        lambda: jax.tree.map(lambda x, y: x, [1, 2], (1, 2)),
        lambda: ltree.map(lambda x, y: x, [1, 2], (1, 2)),
    )

    @dataclasses.dataclass
    class Op:
        x: object
        op: str = ltree.static(default="add")

    @dataclasses.dataclass
    class RealOp:
        x: object
        op: str = jax.tree.static(default="add")

    ltu.register_dataclass(Op)
    jtu.register_dataclass(RealOp)
    assert str(ltree.structure(Op(1))).replace("Op", "X") == str(
        jax.tree.structure(RealOp(1))
    ).replace("RealOp", "X")


def test_partial_behaves_like_functools_partial():
    add = ltu.Partial(lambda a, b, c=0: a + b + c, 1, c=10)
    assert add(2) == 13
    doubled = ltu.tree_map(lambda x: x * 2, add)
    assert isinstance(doubled, ltu.Partial) and doubled(2) == 24
    assert ltu.tree_structure(ltu.Partial(max, 1)) == ltu.tree_structure(ltu.Partial(max, 2))
    assert ltu.tree_structure(ltu.Partial(max, 1)) != ltu.tree_structure(ltu.Partial(min, 1))
    inner = ltu.Partial(max, 1)
    outer = ltu.Partial(inner, 2)
    assert outer.args == (2,) and outer() == 2


def test_stdlib_only_import():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import jaxlite.tree_util, jaxlite.tree;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('numpy', 'jax', 'jaxlib')];"
        "print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code, str(root)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# ---- hypothesis: random nested trees ---------------------------------------------------------

leaf_values = st.one_of(
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(alphabet="abcxyz", max_size=3),
)
dict_keys = st.sampled_from(["a", "b", "c", "w", "bias", "z"])


def _containers(children):
    return st.one_of(
        st.lists(children, max_size=4),
        st.lists(children, max_size=4).map(tuple),
        st.dictionaries(dict_keys, children, max_size=4),
        st.dictionaries(st.integers(0, 5), children, max_size=3),
        st.builds(Point, children, children),
        st.builds(Triple, children, children, children),
        st.dictionaries(dict_keys, children, max_size=3).map(
            lambda d: collections.OrderedDict(sorted(d.items(), reverse=True))
        ),
        st.dictionaries(dict_keys, children, max_size=3).map(
            lambda d: collections.defaultdict(list, d)
        ),
        st.builds(
            lambda tag, items: Box(tag, *items),
            st.sampled_from(["p", "q"]),
            st.lists(children, max_size=3),
        ),
        st.builds(Keyed, children, children),
        st.builds(Config, children, children, st.sampled_from(["lin", "conv"])),
    )


trees = st.recursive(st.one_of(leaf_values, st.none()), _containers, max_leaves=12)


@SETTINGS
@given(trees)
def test_random_trees_flatten(tree):
    check_tree(tree)


@SETTINGS
@given(trees)
def test_random_trees_is_leaf(tree):
    check_tree(tree, is_leaf=lambda x: isinstance(x, (tuple, Box)) or x is None)


@SETTINGS
@given(trees, trees)
def test_random_tree_pairs(t1, t2):
    both(lambda lib: lib.tree_map(lambda a, b: (a, b), t1, t2))
    both(lambda lib: lib.tree_map_with_path(lambda p, a, b: (lib.keystr(p), b), t1, t2))
    both(lambda lib: lib.tree_structure(t1).flatten_up_to(t2))
    both(lambda lib: lib.tree_structure(t1) == lib.tree_structure(t2))
    if ltu.tree_structure(t1) == ltu.tree_structure(t2):
        assert hash(ltu.tree_structure(t1)) == hash(ltu.tree_structure(t2))


def _drop_one(tree):
    """A copy of tree without the last element of its first non-empty list, tuple or dict."""
    done = False

    def go(x):
        nonlocal done
        if done:
            return x
        if type(x) in (list, tuple) and x:
            done = True
            return type(x)(x[:-1])
        if type(x) is dict and x:
            done = True
            last = sorted(x)[-1]
            return {k: v for k, v in x.items() if k != last}
        if type(x) in (list, tuple):
            return type(x)(go(c) for c in x)
        if type(x) is dict:
            return {k: go(v) for k, v in x.items()}
        return x

    return go(tree)


def _mutate(tree, data):
    """A copy of tree with one subtree replaced, leaves wrapped, or one container shortened."""
    leaves, treedef = ltu.tree_flatten(tree, is_leaf=lambda x: x is None)
    choice = data.draw(st.integers(0, 3))
    if choice == 0 and leaves:
        i = data.draw(st.integers(0, len(leaves) - 1))
        leaves[i] = data.draw(trees)
        return treedef.unflatten(leaves)
    if choice == 1:
        return ltu.tree_map(lambda x: [x, x] if isinstance(x, int) else x, tree)
    if choice == 2:
        return ltu.tree_map(lambda x: (x,) if isinstance(x, str) else x, tree)
    return _drop_one(tree)


@SETTINGS
@given(trees, st.data())
def test_random_near_misses(tree, data):
    other = _mutate(tree, data)
    both(lambda lib: lib.tree_map(lambda a, b: (a, b), tree, other))
    both(lambda lib: lib.tree_map(lambda a, b: (a, b), other, tree))
    both(lambda lib: lib.tree_structure(tree).flatten_up_to(other))
    both(
        lambda lib: lib.tree_map(
            lambda a, b: a, tree, other, is_leaf=lambda x: isinstance(x, tuple)
        )
    )


@SETTINGS
@given(trees, st.integers(-2, 2))
def test_random_unflatten_counts(tree, extra):
    def run(lib):
        td = lib.tree_structure(tree)
        return td.unflatten(list(range(max(0, td.num_leaves + extra))))

    both(run)


@SETTINGS
@given(trees, trees)
def test_random_compose_and_tuple(t1, t2):
    both(lambda lib: lib.tree_structure(t1).compose(lib.tree_structure(t2)))
    both(lambda lib: lib.treedef_tuple([lib.tree_structure(t1), lib.tree_structure(t2)]))
    both(lambda lib: [lib.tree_structure(t1).children(), lib.tree_structure(t2).node_data()])


def test_equality_errors_pytreedef():
    from jax._src import tree_util as jsrc

    pairs = [([1, (2, 3)], [1, (2, 3, 4)]), ({"a": 1}, {"a": None}), (Box("t", 1), [1])]
    for a, b in pairs:
        real = list(jsrc.equality_errors_pytreedef(jtu.tree_structure(a), jtu.tree_structure(b)))
        lite = list(ltu._equality_errors_pytreedef(ltu.tree_structure(a), ltu.tree_structure(b)))
        assert repr(lite) == repr(real)


wild_keys = st.one_of(st.integers(0, 3), st.sampled_from(["a", "b"]), st.none(),
                      st.tuples(st.integers(0, 1)))
wild_trees = st.recursive(
    st.one_of(leaf_values, st.none(), st.builds(Leafy)),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.lists(children, max_size=3).map(tuple),
        st.dictionaries(wild_keys, children, max_size=3),
        st.builds(Point, children, children),
    ),
    max_leaves=8,
)


def _wild_is_leaf(x):
    # Answers True, False, None or a non-boolean, all of which JAX treats distinctly.
    if isinstance(x, Point):
        return True
    if isinstance(x, tuple) and len(x) == 3:
        return 1
    if isinstance(x, list) and not x:
        return None
    return False


@SETTINGS
@given(wild_trees, wild_trees)
def test_random_wild_trees(t1, t2):
    both(lambda lib: (lambda r: (r[0], str(r[1])))(lib.tree_flatten(t1)))
    both(lambda lib: (lambda r: (r[0], str(r[1])))(lib.tree_flatten(t1, _wild_is_leaf)))
    both(lambda lib: lib.tree_leaves_with_path(t1, _wild_is_leaf))
    both(lambda lib: lib.tree_map(lambda a, b: (a, b), t1, t2))
    both(lambda lib: lib.tree_map(lambda a, b: (a, b), t1, t2, is_leaf=_wild_is_leaf))
