"""Deviations: where a 2xx body bent the provider's spec, and what to do about it (log, count or raise).

The generated models parse leniently (``<package>/_lenient.py``): a value that does not fit the spec
is kept as sent and a counter local to the thread or task goes up; nothing else is paid on the happy
path. Only when that counter moved during a parse does :class:`Tracker` read the raw body again
and walk it against ``<package>/_shapes.json`` (the 2xx shapes the pipeline wrote from the same
properties the templates rendered) to find each deviation's JSON path, kind, and what the spec
expected. Then it logs each one once per client, operation, path pattern and kind at WARNING on
the ``facade`` logger and counts it, or, in strict mode, raises :class:`DecodeError`.

No value from the body is ever put in a message: only its JSON kind (a string, null, ...).
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ._errors import ConfigurationError, DecodeError
from ._jsonpath import render
from ._manifest import package_json

if TYPE_CHECKING:
    import httpx

    from ._manifest import Operation

logger = logging.getLogger("facade")

STRICT_ENV = "FACADE_STRICT"
SHAPES_FILE = "_shapes.json"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"", "0", "false", "no", "off"})
_PLAIN = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}
_FORMATS = {"uuid": "a uuid string", "date": "an ISO 8601 date string", "datetime": "an ISO 8601 date-time string"}
_OPEN = frozenset({"any", "none", "file"})
# Distinct (operation, pattern, kind) keys a client counts (patterns come from the spec, so this is a
# guard only); past it, a new key is logged each time it occurs but not counted.
_MAX_KEYS = 10_000
_STAR = object()  # an array index or a map key, in a path pattern

Path = tuple[Any, ...]


@dataclass(frozen=True)
class Deviation:
    """One value of a 2xx body that does not match the provider's spec.

    ``path`` is where it is (``$.data.deployments[3].status``), ``pattern`` the same with every
    array index and map key as ``[*]`` (what is counted and logged once), ``kind`` one of
    ``enum``, ``format``, ``null``, ``missing``, ``type`` or ``const``; ``expected`` and ``got``
    describe the spec's type and the JSON kind of the value, never the value itself.
    """

    provider: str
    operation: str
    path: str
    pattern: str
    kind: str
    expected: str
    got: str

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.got}"


def strict_from_env() -> bool:
    """``$FACADE_STRICT`` as a bool (unset or empty: False); ConfigurationError for anything unclear."""
    raw = os.environ.get(STRICT_ENV, "")
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigurationError(f"${STRICT_ENV}={raw!r} must be 1/true/yes/on or 0/false/no/off (or unset)")


# JSON kinds in the order they must be tested (a bool is an int to Python).
_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (type(None), "null"),
    (bool, "a boolean"),
    (int, "an integer"),
    (float, "a number"),
    (str, "a string"),
    (list, "an array"),
    (Mapping, "an object"),
)


def _kind_of(value: Any) -> str:
    return next((kind for types, kind in _KINDS if isinstance(value, types)), type(value).__name__)


def _parses(fmt: str, value: Any) -> bool:
    """What the generated code's _lenient.as_uuid/as_date/as_datetime accept, exactly."""
    try:
        if fmt == "uuid":
            UUID(value)
        elif fmt == "date":
            dt.date.fromisoformat(value)
        else:
            dt.datetime.fromisoformat(value)
    except (TypeError, ValueError, AttributeError):
        return False
    return True


def _pattern(parts: Path) -> str:
    return "".join("[*]" if part is _STAR else render((part,))[1:] for part in parts)


# Generated packages' _lenient.WRONG_TAG: what a missed union tag (const, one-value enum) weighs.
WRONG_TAG = 1_000


@dataclass(frozen=True)
class _Found:
    path: Path
    pattern: Path
    kind: str
    expected: str
    got: str
    tag: bool = False  # a missed const or one-value enum: the value belongs to another union member


class Shapes:
    """One provider's ``_shapes.json``: walks a raw body the way its generated models parse it."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.operations: Mapping[str, list[list[Any]]] = data["operations"]
        self.models: Mapping[str, Any] = data["models"]
        self.enums: Mapping[str, list[Any]] = data["enums"]
        self._declared: dict[str, frozenset[str]] = {}

    def response(self, operation: str, status: int) -> Any:
        """The shape the generated code parses a ``status`` body of ``operation`` with (None: not parsed)."""
        for low, high, shape in self.operations.get(operation, ()):
            if low <= status <= high:
                return shape
        return None

    def find(self, shape: Any, body: Any) -> list[_Found]:
        return self._walk(shape, body, (), ())

    # -- what the spec expects, in words -------------------------------------------------------
    def expected(self, shape: Any) -> str:
        if isinstance(shape, str):
            return _PLAIN.get(shape) or _FORMATS.get(shape) or "anything"
        if "model" in shape:
            return f"an object ({shape['model']})"
        if "list" in shape:
            return "an array"
        if "enum" in shape:
            values = self.enums[shape["enum"]]
            listed = ", ".join(repr(v) for v in values[:8]) + (", ..." if len(values) > 8 else "")
            return f"one of {listed} ({shape['enum']})"
        if "const" in shape:
            return f"the constant {shape['const']!r}"
        return " or ".join(dict.fromkeys(self.expected(m) for m in shape["union"]))

    # -- the walk: one branch per template ----------------------------------------------------------
    def _walk(self, shape: Any, value: Any, path: Path, pattern: Path) -> list[_Found]:
        if isinstance(shape, str):
            if shape in _PLAIN:
                return self._found(path, pattern, "null", shape, value) if value is None else []
            if shape in _FORMATS:
                if _parses(shape, value):
                    return []
                return self._found(path, pattern, "null" if value is None else "format", shape, value)
            return []
        if "model" in shape:
            return self._model(shape, value, path, pattern)
        if "list" in shape:
            if not isinstance(value, list):
                return self._found(path, pattern, "null" if value is None else "type", shape, value)
            found: list[_Found] = []
            for index, item in enumerate(value):
                found += self._walk(shape["list"], item, (*path, index), (*pattern, _STAR))
            return found
        if "enum" in shape:
            if value is not None and value in self.enums[shape["enum"]]:
                return []
            found = self._found(path, pattern, "null" if value is None else "enum", shape, value)
            if len(self.enums[shape["enum"]]) == 1 and value is not None:
                found = [replace(f, tag=True) for f in found]
            return found
        if "const" in shape:
            if value == shape["const"]:
                return []
            return [replace(f, tag=True) for f in self._found(path, pattern, "const", shape, value)]
        return self._union(shape, value, path, pattern)

    @staticmethod
    def _weight(found: list[_Found]) -> int:
        # As the generated _lenient counts: a missed const or one-value enum (a union's tag) weighs most.
        return sum(WRONG_TAG if f.tag else 1 for f in found)

    def _found(self, path: Path, pattern: Path, kind: str, shape: Any, value: Any) -> list[_Found]:
        if kind == "enum":
            got = f"{_kind_of(value)} the spec does not list"
        elif kind == "format":
            got = f"{_kind_of(value)} that does not parse as one"
        elif kind == "const":
            got = f"{_kind_of(value)} of another value"
        else:
            got = _kind_of(value)
        return [_Found(path, pattern, kind, self.expected(shape), got)]

    def _model(self, shape: Any, value: Any, path: Path, pattern: Path) -> list[_Found]:
        if not isinstance(value, Mapping):
            return self._found(path, pattern, "null" if value is None else "type", shape, value)
        model = self.models[shape["model"]]
        found: list[_Found] = []
        for name, required, prop in model["props"]:
            if name in value:
                found += self._walk(prop, value[name], (*path, name), (*pattern, name))
            elif required:
                what = f"the required field {name!r}"
                found.append(_Found((*path, name), (*pattern, name), "missing", what, "nothing (it is missing)"))
        extra = model["extra"]
        if extra is not None and extra != "any":
            declared = self._declared.get(shape["model"])
            if declared is None:
                declared = self._declared[shape["model"]] = frozenset(p[0] for p in model["props"])
            for key, item in value.items():
                if key not in declared:
                    found += self._walk(extra, item, (*path, key), (*pattern, _STAR))
        return found

    def _accepts(self, shape: Any, value: Any) -> bool:
        """The union template's type check before it tries a member (check_type_for_construct)."""
        if isinstance(shape, str):
            return isinstance(value, str)  # only uuid/date/datetime are tried (plain kinds never)
        if "model" in shape:
            return isinstance(value, Mapping)
        if "list" in shape:
            return isinstance(value, list)
        if "enum" in shape:
            values = self.enums[shape["enum"]]
            return isinstance(value, int if values and isinstance(values[0], int) else str)
        return True

    def _union(self, shape: Any, value: Any, path: Path, pattern: Path) -> list[_Found]:
        members = shape["union"]
        simple = {m for m in members if isinstance(m, str) and (m in _PLAIN or m in _OPEN)}
        typed = [m for m in members if not (isinstance(m, str) and (m in _PLAIN or m in _OPEN))]
        if value is None:
            return [] if simple & {"none", "any"} else self._found(path, pattern, "null", shape, value)
        plain_any = bool(simple & {"any", "file"})
        plain = [m for m in simple if m in _PLAIN]
        if len(typed) == 1 and not plain_any and not plain:
            if not self._accepts(typed[0], value):
                return self._found(path, pattern, "type", shape, value)
            return self._walk(typed[0], value, path, pattern)
        fewest: list[_Found] | None = None
        for member in typed:
            if self._accepts(member, value):
                found = self._walk(member, value, path, pattern)
                if not found:
                    return []
                fewest = found if fewest is None or self._weight(found) < self._weight(fewest) else fewest
        if plain_any or any(_takes(kind, value) for kind in plain):
            return []
        return fewest if fewest is not None else self._found(path, pattern, "type", shape, value)


def _takes(kind: str, value: Any) -> bool:
    """Whether a plain union member takes ``value`` (JSON Schema's types: a boolean is no number)."""
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    number = (int,) if kind == "int" else (int, float)
    return isinstance(value, number) and not isinstance(value, bool)


@cache
def shapes(package: str) -> Shapes:
    """The shapes of a generated package (read once, on its first deviation)."""
    return Shapes(package_json(package, SHAPES_FILE))


def counter(package: str) -> ModuleType:
    """The package's ``_lenient`` module (its ``deviations()`` counter)."""
    return importlib.import_module(f"{package}._lenient")


def from_dict_strict(model: type[Any], value: Mapping[str, Any]) -> Any:
    """``model.from_dict(value)`` for a request body: what does not fit the spec raises instead of being kept.

    KeyError names a missing required field (as the generated code raised before it was lenient);
    ValueError names the path, what the spec expects and what the value is (never the value).
    """
    package = model.__module__.partition(".")[0]
    lenient = counter(package)
    before = lenient.deviations()
    made = model.from_dict(value)
    if lenient.deviations() != before:
        found = shapes(package).find({"model": model.__name__}, value)
        first = found[0] if found else _Found((), (), "unknown", "what the spec declares", "something else")
        if first.kind == "missing":
            raise KeyError(first.path[-1])
        raise ValueError(f"{render(first.path)}: expected {first.expected}, got {first.got}")
    return made


class Tracker:
    """One client's deviations: finds them after a parse counted some; logs each once, counts, or raises."""

    def __init__(self, provider: str, package: str, strict: bool) -> None:
        self.provider = provider
        self.package = package
        self.strict = strict
        self._counts: dict[tuple[str, str, str], int] = {}
        self._lock = threading.Lock()

    def counts(self) -> dict[tuple[str, str, str], int]:
        """``{(operation, path pattern, kind): count}`` so far (a copy)."""
        with self._lock:
            return dict(self._counts)

    def find(self, op: Operation, response: httpx.Response) -> list[Deviation]:
        """Every deviation of ``response``'s body from ``op``'s 2xx schema."""
        provider_shapes = shapes(self.package)
        shape = provider_shapes.response(op.id, response.status_code)
        found = provider_shapes.find(shape, response.json()) if shape is not None else []
        if not found:
            # The generated code counted something the walk cannot place: say so rather than nothing.
            found = [_Found((), (), "unknown", "what the spec declares", "a value the client kept as sent")]
        return [
            Deviation(self.provider, op.id, render(f.path), "$" + _pattern(f.pattern), f.kind, f.expected, f.got)
            for f in found
        ]

    def settle(self, op: Operation, response: httpx.Response) -> None:
        """After a parse that counted deviations: raise (top level wrong, or strict), or log and count them."""
        found = self.find(op, response)
        top = next((d for d in found if d.path == "$" and d.kind in ("type", "null")), None)
        if top is not None or self.strict:
            first = top or found[0]
            more = f" (and {len(found) - 1} more)" if len(found) > 1 and top is None else ""
            raise DecodeError(
                f"the {response.status_code} body does not match the spec: {first}{more}",
                provider=self.provider,
                operation=op.id,
                response=response,
                deviations=tuple(found),
            )
        for deviation in found:
            key = (op.id, deviation.pattern, deviation.kind)
            with self._lock:
                seen = self._counts.get(key)
                if seen is not None or len(self._counts) < _MAX_KEYS:
                    self._counts[key] = (seen or 0) + 1
            if seen is None:
                logger.warning(
                    "%s.%s: %s; kept as sent (logged once per path and kind, counted in client.deviations; "
                    "connect(strict=True) or $%s=1 makes it an error)",
                    self.provider,
                    op.id,
                    deviation,
                    STRICT_ENV,
                )
