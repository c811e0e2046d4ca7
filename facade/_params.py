"""Keyword arguments of call()/paginate() checked against the manifest before anything is sent.

The generated functions take whatever they are given: a misspelled name surfaces as a TypeError
from ``_get_kwargs``, a missing body field as a bare KeyError from ``from_dict``, ``user_id=123``
is silently sent as ``"123"`` and a plain string for an enum parameter fails on ``.value``. Here
every name, requirement, JSON type and enum comes from the manifest (no per-provider code), and
values are turned into what the generated function expects (enum members, datetimes, models)
using its own annotations.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

from ._deviations import from_dict_strict
from ._errors import ParameterError
from ._manifest import Operation
from ._redact import REDACTED, looks_secret

_JSON_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a bool",
    "object": "an object (dict)",
}


def _kind(kind: str) -> str:
    """A manifest JSON type for people: ``array[string]`` -> "a list of strings"."""
    if kind.startswith("array["):
        inner = _kind(kind[6:-1])
        return "a list" if inner == "any value" else f"a list of {inner.split(' ', 1)[1]} values"
    return _JSON_NAMES.get(kind, "any value")


class _Mismatch(Exception):
    """A value is not what the spec says; the message says what was expected instead."""


def _normal(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "").replace(".", "")


def suggest(name: str, valid: list[str]) -> str | None:
    """The valid name ``name`` was most likely meant to be (case, ``_``/``-``/``.`` ignored, then difflib)."""
    for candidate in valid:
        if _normal(candidate) == _normal(name):
            return candidate
    import difflib  # only when something is wrong: import facade stays cheap

    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
    return close[0] if close else None


def _hint(name: str, value: Any) -> str:
    """``name``'s value for an error message: its type, and the value itself unless it may be a secret."""
    shown = type(value).__name__
    if looks_secret(name):
        return shown
    text = repr(value)
    return f"{shown} {text if len(text) <= 60 else text[:57] + '...'}"


def _targets(annotation: Any) -> list[Any]:
    """The concrete types a generated annotation accepts, without ``Unset`` and ``None``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [t for arg in typing.get_args(annotation) for t in _targets(arg)]
    if annotation is type(None) or getattr(annotation, "__name__", "") == "Unset":
        return []
    return [annotation]


def _item_targets(targets: list[Any]) -> list[Any]:
    return [t for target in targets if typing.get_origin(target) is list for t in _targets(typing.get_args(target)[0])]


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _choices(values: list[Any] | tuple[Any, ...]) -> str:
    return ", ".join(repr(v) for v in values)


def convert(name: str, value: Any, kind: str, targets: list[Any], enum_values: tuple[Any, ...] = ()) -> Any:
    """``value`` checked against the JSON type ``kind`` (and enum) and turned into a ``targets`` type."""
    if kind.startswith("array["):
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple | set | frozenset):
            raise _Mismatch(f"must be {_kind(kind)}, got {_hint(name, value)}")
        inner = _item_targets(targets)
        return [convert(f"{name}[{i}]", v, kind[6:-1], inner, enum_values) for i, v in enumerate(value)]
    # What the generated function wants beyond JSON scalars: enum members, datetimes, models.
    special = [
        t
        for t in targets
        if isinstance(t, type) and typing.get_origin(t) is None and t not in (str, int, float, bool, dict, list)
    ]
    for target in special:
        if isinstance(value, target):
            return _checked_enum(name, value, enum_values)
    if kind == "boolean":
        ok = isinstance(value, bool)
    elif kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif kind == "string":
        ok = isinstance(value, str)
    elif kind == "object":
        ok = isinstance(value, Mapping) or hasattr(value, "to_dict")
    else:  # "any": the spec does not say
        ok = True
    if not ok:
        raise _Mismatch(f"must be {_kind(kind)}, got {_hint(name, value)}")
    value = _checked_enum(name, value, enum_values)
    for target in special:
        if issubclass(target, enum.Enum):
            try:
                return target(value)
            except ValueError:
                raise _Mismatch(f"must be one of {_choices([m.value for m in target])}; got {value!r}") from None
        if target is datetime.datetime and isinstance(value, str):
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                raise _Mismatch(f"must be an ISO 8601 date-time such as 2026-01-31T12:00:00Z, got {value!r}") from None
        if target is datetime.date and isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                raise _Mismatch(f"must be an ISO 8601 date such as 2026-01-31, got {value!r}") from None
        # A uuid.UUID target takes the string as it is: the generated code only str()s it, and
        # some providers' ids break the uuid format their spec declares.
    return value


def _checked_enum(name: str, value: Any, enum_values: tuple[Any, ...]) -> Any:
    if enum_values and _plain(value) not in enum_values:
        near = suggest(str(_plain(value)), [str(v) for v in enum_values])
        hint = f" (did you mean {near!r}?)" if near else ""
        raise _Mismatch(f"must be one of {_choices(enum_values)}; got {_plain(value)!r}{hint}")
    return value


class Binder:
    """One operation's arguments: names, requirements, types, and the body model.

    Built once per operation (its generated module's annotations read once) and reused.
    """

    def __init__(self, provider: str, op: Operation, module: types.ModuleType) -> None:
        self.provider = provider
        self.op = op
        hints = typing.get_type_hints(module._get_kwargs)
        self.params = {p["python"]: p for p in op.params}
        self.targets = {name: _targets(hints.get(name)) for name in self.params}
        self.required = [name for name, p in self.params.items() if p["required"]]
        self.valid = [*self.params, *(["body"] if op.body is not None else [])]
        body_hint = hints.get("body")
        self.body_item_models = tuple(
            t for t in _item_targets(_targets(body_hint)) if isinstance(t, type) and hasattr(t, "from_dict")
        )
        self.body_models = tuple(t for t in _targets(body_hint) if isinstance(t, type) and hasattr(t, "from_dict"))

    def error(self, message: str, name: str | None = None) -> ParameterError:
        return ParameterError(message, provider=self.provider, operation=self.op.id, name=name)

    def _signature(self) -> str:
        if not self.valid:
            return f"{self.op.id} takes no parameters"
        names = [f"{n} (required)" if n in self.required else n for n in self.params]
        if self.op.body is not None:
            names.append("body (required)" if self.op.body.get("required") else "body")
        return f"{self.op.id} takes {', '.join(names)}"

    def bind(self, given: Mapping[str, Any], managed: frozenset[str] = frozenset()) -> dict[str, Any]:
        """The keyword arguments for the generated ``_get_kwargs``; ParameterError when they cannot be.

        ``None`` means "not given". ``managed`` names (paging parameters paginate() sets itself)
        are never reported missing.
        """
        values = {name: value for name, value in given.items() if value is not None}
        for name in values:
            if name not in self.params and name != "body":
                near = suggest(name, [n for n in self.valid if n not in managed] or self.valid)
                hint = f"; did you mean {near!r}?" if near else ""
                raise self.error(f"unknown parameter {name!r}{hint} ({self._signature()})", name)
        missing = [n for n in self.required if n not in values and n not in managed]
        if missing:
            where = ", ".join(f"{n!r} ({self.params[n]['in']} {self.params[n]['name']!r})" for n in missing)
            raise self.error(f"missing required parameter{'s' if len(missing) > 1 else ''} {where}", missing[0])
        out: dict[str, Any] = {}
        for name, value in values.items():
            if name == "body":
                continue
            spec = self.params[name]
            try:
                out[name] = convert(name, value, spec["type"], self.targets[name], tuple(spec.get("enum") or ()))
            except _Mismatch as exc:
                raise self.error(f"parameter {name!r} ({spec['in']} {spec['name']!r}) {exc}", name) from None
        body = self._body(values.get("body"))
        if body is not None:
            out["body"] = body
        return out

    def _body(self, body: Any) -> Any:
        spec = self.op.body
        if spec is None:
            if body is not None:
                raise self.error(f"takes no request body ({self._signature()})", "body")
            return None
        if body is None:
            if spec.get("required"):
                required = [f["name"] for f in spec.get("fields") or () if f["required"]]
                fields = f" with {', '.join(required)}" if required else ""
                raise self.error(f"needs a request body: body={{...}}{fields}", "body")
            return None
        if isinstance(body, Mapping):
            return self._body_from_dict(body)
        if self.body_models and not isinstance(body, self.body_models):
            names = " or ".join(m.__name__ for m in self.body_models)
            raise self.error(f"body must be a dict or {names}, got {type(body).__name__}", "body")
        if spec.get("type", "").startswith("array["):
            if not isinstance(body, list | tuple):
                raise self.error(f"body must be a list, got {type(body).__name__}", "body")
            return [self._from_dict(item, self.body_item_models, f"body[{i}]") for i, item in enumerate(body)]
        return body

    def _from_dict(self, value: Any, models: tuple[type[Any], ...], where: str) -> Any:
        """A dict made into the generated model (anything else as it is), with errors that say where."""
        if not models or not isinstance(value, Mapping):
            return value
        try:
            return from_dict_strict(models[0], dict(value))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            # A nested object the manifest does not describe field by field.
            detail = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
            for key, secret in value.items():  # a generated model's message may quote a value
                if looks_secret(str(key)) and isinstance(secret, str) and secret:
                    detail = detail.replace(secret, REDACTED)
            raise self.error(f"{where} does not match {models[0].__name__}: {detail[:200]}", "body") from None

    def _body_from_dict(self, body: Mapping[str, Any]) -> Any:
        spec = self.op.body or {}
        fields = {f["name"]: f for f in spec.get("fields") or ()}
        if spec.get("type") not in (None, "object", "any"):
            raise self.error(f"body must be {_kind(spec['type'])}, got a dict", "body")
        # Present but None is the server's to judge: a required field may be nullable.
        missing = [name for name, f in fields.items() if f["required"] and name not in body]
        if missing:
            unknown = [k for k in body if k not in fields]
            hints = [f"got {k!r}, did you mean {near!r}?" for k in unknown if (near := suggest(k, list(fields)))]
            meant = f"; {' '.join(hints)}" if hints else ""
            raise self.error(
                f"missing required body field{'s' if len(missing) > 1 else ''} {_choices(missing)}{meant} "
                f"(body fields: {', '.join(fields)})",
                missing[0],
            )
        for name, value in body.items():
            field = fields.get(name)
            if field is None or value is None:
                continue  # extra fields are the server's to judge; None may be a declared null
            try:
                convert(name, value, field["type"], [])
            except _Mismatch as exc:
                raise self.error(f"body field {name!r} {exc}", name) from None
        return self._from_dict(dict(body), self.body_models, "body")


_BINDERS: dict[tuple[str, str], Binder] = {}


def binder(provider: str, op: Operation) -> Binder:
    """The (cached) :class:`Binder` of ``op``; imports its generated module."""
    key = (provider, op.id)
    found = _BINDERS.get(key)
    if found is None:
        found = _BINDERS[key] = Binder(provider, op, op.module())
    return found
