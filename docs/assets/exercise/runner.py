"""Runs a learner's exercise code (Run: the examples; Submit: the check cases) and judges it."""

# This file runs in two places: inside Pyodide in the browser's worker (with `jax` bound to
# jaxlite), and at build time, where hooks/exercise.py uses `encode` on real JAX outputs and
# runs `handle` under jaxlite to prove every reference solution passes its own checks. It
# therefore imports jax lazily and uses only the standard library.

from __future__ import annotations

import json
import linecache
import math
import struct
import sys
import traceback
from typing import Any

# The file name learner code is compiled under: tracebacks keep only frames from it (and
# from the example calls), so line numbers match the editor.
CODE_FILE = "<exercise>"
EXAMPLE_FILE = "<example {}>"
# Printed output beyond this many characters is dropped with a note: a runaway print loop
# must not fill the worker's memory or the page.
OUTPUT_LIMIT = 20_000
SHOWN_ELEMENTS = 8


# -----------------------------------------------------------------------------
# Entry point (the worker calls this with one JSON request, gets one JSON answer)
# -----------------------------------------------------------------------------


def prepare() -> None:
    """Import the runtime ahead of the first run, so Run does not pay for it."""
    import jax  # noqa: F401
    import jax.numpy  # noqa: F401


def handle(request_json: str) -> str:
    """Run `request["code"]` in mode "run" (examples), "submit" (check cases) or "script"
    (the playground: the code alone, for what it prints)."""
    request = json.loads(request_json)
    mode = request["mode"]
    if mode not in ("run", "submit", "script"):
        raise ValueError(f"Unknown mode {mode!r}")
    output = _CappedOutput(OUTPUT_LIMIT)
    answer: dict[str, Any] = {"mode": mode, "error": None, "items": []}
    namespace = _namespace()
    with _redirect(output):
        answer["error"] = _execute(request["code"], namespace)
    exercise = request.get("exercise")
    if answer["error"] is None and mode != "script":
        function = namespace.get(exercise["function"])
        if not callable(function):
            answer["error"] = (
                f"NameError: your code must define a function named {exercise['function']!r}"
            )
        elif mode == "run":
            answer["items"] = [
                _run_example(number, example, namespace, output)
                for number, example in enumerate(exercise["examples"], start=1)
            ]
        else:
            tolerance = (exercise.get("rtol", 1e-5), exercise.get("atol", 1e-6))
            answer["items"] = [
                _run_case(case, function, output, tolerance) for case in exercise["cases"]
            ]
    answer["output"] = output.text()
    answer["truncated"] = output.dropped
    return json.dumps(answer)


# -----------------------------------------------------------------------------
# Values as JSON: pytree structure, dtype, shape and values
# -----------------------------------------------------------------------------


def encode(value: Any) -> dict[str, Any]:
    """A JSON-able description of a pytree of arrays and Python scalars."""
    if value is None:
        return {"kind": "none"}
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    if isinstance(value, int):
        return {"kind": "int", "value": value}
    if isinstance(value, float):
        return {"kind": "float", "value": _number_to_json(value)}
    if isinstance(value, dict):
        return {"kind": "dict", "items": [[str(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, tuple | list):
        return {"kind": type(value).__name__, "items": [encode(v) for v in value]}
    if hasattr(value, "shape") and hasattr(value, "dtype") and hasattr(value, "tolist"):
        flat = _flatten(value.tolist())
        return {
            "kind": "array",
            "dtype": str(value.dtype),
            "shape": list(value.shape),
            "values": [_number_to_json(v) for v in flat],
        }
    raise TypeError(f"cannot describe a value of type {type(value).__name__}")


def decode(data: dict[str, Any]) -> Any:
    """The value `encode` described, with arrays rebuilt by jax.numpy (jaxlite in the browser)."""
    kind = data["kind"]
    if kind == "none":
        return None
    if kind in ("bool", "int"):
        return data["value"]
    if kind == "float":
        # float(): JSON that passed through JavaScript writes 1.0 as 1.
        return float(data["value"])
    if kind == "dict":
        return {k: decode(v) for k, v in data["items"]}
    if kind == "list":
        return [decode(v) for v in data["items"]]
    if kind == "tuple":
        return tuple(decode(v) for v in data["items"])
    if kind == "array":
        import jax.numpy as jnp

        values = [_number_from_json(v) for v in data["values"]]
        return jnp.array(values, dtype=data["dtype"]).reshape(tuple(data["shape"]))
    raise ValueError(f"Unknown encoded kind {kind!r}")


def compare(expected: dict, got: dict, rtol: float, atol: float, path: str = "") -> str | None:
    """None when `got` matches `expected`; otherwise what differs, for a learner to read."""
    where = f" at {path}" if path else ""
    if expected["kind"] != got["kind"]:
        return (f"wrong pytree structure{where}: expected {_describe(expected)}, "
                f"got {_describe(got)}")
    kind = expected["kind"]
    if kind in ("list", "tuple"):
        if len(expected["items"]) != len(got["items"]):
            return (f"wrong pytree structure{where}: expected a {kind} of "
                    f"{len(expected['items'])}, got a {kind} of {len(got['items'])}")
        for index, (e, g) in enumerate(zip(expected["items"], got["items"], strict=True)):
            message = compare(e, g, rtol, atol, f"{path}[{index}]")
            if message:
                return message
        return None
    if kind == "dict":
        e_keys = [k for k, _ in expected["items"]]
        g_keys = [k for k, _ in got["items"]]
        if sorted(e_keys) != sorted(g_keys):
            return (f"wrong pytree structure{where}: expected a dict with keys {sorted(e_keys)}, "
                    f"got keys {sorted(g_keys)}")
        g_items = dict(got["items"])
        for key, e in expected["items"]:
            message = compare(e, g_items[key], rtol, atol, f"{path}[{key!r}]")
            if message:
                return message
        return None
    if kind == "none":
        return None
    if kind == "array":
        if expected["shape"] != got["shape"]:
            return (f"wrong shape{where}: expected {_shape(expected['shape'])}, "
                    f"got {_shape(got['shape'])}")
        if expected["dtype"] != got["dtype"]:
            return f"wrong dtype{where}: expected {expected['dtype']}, got {got['dtype']}"
        return _compare_values(expected, got, rtol, atol, where)
    # Python scalars.
    as_array = {"shape": [], "dtype": kind}
    return _compare_values(
        {**as_array, "values": [expected["value"]]}, {**as_array, "values": [got["value"]]},
        rtol, atol, where,
    )


# -----------------------------------------------------------------------------
# Running the examples and the check cases
# -----------------------------------------------------------------------------


def _namespace() -> dict[str, Any]:
    return {"__name__": "__main__", "__builtins__": __builtins__}


def _execute(code: str, namespace: dict[str, Any]) -> str | None:
    """Run the learner's module; the formatted error, or None."""
    # Registering the source lets tracebacks quote the learner's lines.
    lines = code.splitlines(keepends=True)
    linecache.cache[CODE_FILE] = (len(code), None, lines, CODE_FILE)
    try:
        compiled = compile(code, CODE_FILE, "exec")
    except SyntaxError as error:
        return "".join(traceback.format_exception_only(type(error), error)).rstrip()
    try:
        exec(compiled, namespace)  # noqa: S102 - running the learner's code is the point
    except Exception as error:  # noqa: BLE001 - every learner error is reported, not raised
        return _format_error(error)
    return None


def _run_example(number: int, example: dict, namespace: dict, output: _CappedOutput) -> dict:
    import jax
    import jax.numpy as jnp

    scope = {"jax": jax, "jnp": jnp, **namespace}
    filename = EXAMPLE_FILE.format(number)
    linecache.cache[filename] = (len(example["call"]), None, [example["call"] + "\n"], filename)
    item = {"name": f"Example {number}", "call": example["call"], "expected_text":
            example["expected_text"], "status": "fail", "diagnostic": None, "got_text": None}
    start = output.size()
    with _redirect(output):
        try:
            result = eval(compile(example["call"], filename, "eval"), scope)  # noqa: S307
        except Exception as error:  # noqa: BLE001
            item["error"] = _format_error(error)
        else:
            item["got_text"] = str(result)
            item["diagnostic"] = _judge(example["expected"], result, 1e-5, 1e-6)
            item["status"] = "pass" if item["diagnostic"] is None else "fail"
    item["output"] = output.since(start)
    return item


def _run_case(case: dict, function: Any, output: _CappedOutput, tolerance: tuple) -> dict:
    item = {"name": case["name"], "call": case["call"], "status": "fail", "diagnostic": None}
    start = output.size()
    with _redirect(output):
        try:
            kwargs = {name: decode(value) for name, value in case["inputs"].items()}
            result = function(**kwargs)
        except Exception as error:  # noqa: BLE001
            item["error"] = _format_error(error)
        else:
            item["diagnostic"] = _judge(case["expected"], result, *tolerance)
            item["status"] = "pass" if item["diagnostic"] is None else "fail"
    item["output"] = output.since(start)
    return item


def _judge(expected: dict, result: Any, rtol: float, atol: float) -> str | None:
    try:
        got = encode(result)
    except TypeError as error:
        return f"wrong pytree structure: expected {_describe(expected)}, but {error}"
    return compare(expected, got, rtol, atol)


def _format_error(error: BaseException) -> str:
    """The exception as Python prints it, with only the learner's own frames."""
    frames = [
        frame for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename == CODE_FILE or frame.filename.startswith("<example ")
    ]
    text = "".join(traceback.format_exception_only(type(error), error)).rstrip()
    if not frames:
        return text
    stack = "".join(traceback.format_list(frames))
    return f"Traceback (most recent call last):\n{stack}{text}"


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


class _CappedOutput:
    """A stdout that keeps the first `limit` characters and counts the rest."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.kept = 0
        self.dropped = 0

    def write(self, text: str) -> int:
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def flush(self) -> None:
        pass

    def size(self) -> int:
        return self.kept

    def text(self) -> str:
        return "".join(self.parts)

    def since(self, start: int) -> str:
        return self.text()[start:]


class _redirect:  # noqa: N801 - used like contextlib.redirect_stdout
    def __init__(self, stream: _CappedOutput) -> None:
        self.stream = stream

    def __enter__(self) -> None:
        self.saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self.stream

    def __exit__(self, *exc: object) -> None:
        sys.stdout, sys.stderr = self.saved


def _flatten(nested: Any) -> list:
    if isinstance(nested, list):
        return [x for item in nested for x in _flatten(item)]
    return [nested]


def _number_to_json(value: Any) -> Any:
    # JSON has no NaN or infinities; they travel as strings.
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, complex):
        raise TypeError("complex values are not supported in exercises")
    return value


def _number_from_json(value: Any) -> Any:
    return float(value) if isinstance(value, str) else value


def _shape(shape: list[int]) -> str:
    return str(tuple(shape))


def _describe(data: dict) -> str:
    kind = data["kind"]
    if kind == "array":
        return f"an array of shape {_shape(data['shape'])} and dtype {data['dtype']}"
    if kind in ("list", "tuple"):
        return f"a {kind} of {len(data['items'])}"
    if kind == "dict":
        return f"a dict with keys {sorted(k for k, _ in data['items'])}"
    if kind == "none":
        return "None"
    return f"a Python {kind}"


def _compare_values(expected: dict, got: dict, rtol: float, atol: float, where: str) -> str | None:
    worst, worst_excess, bad = None, 0.0, 0
    for index, (e, g) in enumerate(zip(expected["values"], got["values"], strict=True)):
        e, g = _number_from_json(e), _number_from_json(g)
        if e == g or (_is_nan(e) and _is_nan(g)):
            continue
        if isinstance(e, bool) or isinstance(g, bool):
            excess = math.inf
        else:
            excess = abs(g - e) - (atol + rtol * abs(e))
            excess = math.inf if math.isnan(excess) else excess
        if excess > 0:
            bad += 1
            if worst is None or excess > worst_excess:
                worst, worst_excess = index, excess
    if worst is None:
        return None
    total = len(expected["values"])
    dtype = expected["dtype"]
    e = _number_text(expected["values"][worst], dtype)
    g = _number_text(got["values"][worst], dtype)
    position = _index(worst, expected["shape"])
    lines = [f"wrong values{where}: {bad} of {total} element(s) differ"]
    if expected["shape"]:
        lines.append(f"worst at index {position}: expected {e}, got {g}")
    else:
        lines.append(f"expected {e}, got {g}")
    lines.append(f"tolerance: |got - expected| <= {atol:g} + {rtol:g} * |expected|")
    if expected["shape"] and total <= SHOWN_ELEMENTS:
        lines.append(f"expected {_numbers_text(expected['values'], dtype)}")
        lines.append(f"got      {_numbers_text(got['values'], dtype)}")
    return "\n".join(lines)


def _numbers_text(values: list, dtype: str) -> str:
    return "[" + ", ".join(_number_text(v, dtype) for v in values) + "]"


def _number_text(value: Any, dtype: str) -> str:
    """One element as a learner knows it: a float32 with the fewest digits that give back the
    same float32 (0.4, where the float64 it travels as reads 0.4000000059604645); a float
    always with a point and an int never, though JSON through JavaScript writes 1.0 as 1."""
    value = _number_from_json(value)
    if dtype == "bool" or isinstance(value, bool):
        return str(bool(value))
    if dtype.startswith(("int", "uint")) or dtype == "int":
        return str(int(value))
    value = float(value)
    if not math.isfinite(value) or dtype != "float32":
        return repr(value)
    try:
        target = struct.pack("<f", value)
    except OverflowError:
        return repr(value)
    for digits in range(1, 10):
        text = f"{value:.{digits}g}"
        if struct.pack("<f", float(text)) == target:
            return repr(float(text))
    return repr(value)


def _is_nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _index(flat: int, shape: list[int]) -> tuple[int, ...]:
    index = []
    for size in reversed(shape):
        flat, rest = divmod(flat, size) if size else (flat, 0)
        index.append(rest)
    return tuple(reversed(index))
