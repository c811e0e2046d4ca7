"""Command-line options from an operation's parameters, and their values as the generated code wants them.

Every parameter of the manifest becomes ``--<python-name-in-kebab-case>``, typed by its spec type:
integers and numbers are checked, booleans are ``--x/--no-x``, enums are choices, arrays repeat
the option, objects take JSON. When the operation runs, values are turned into what the
generated function's type hints ask for (its enum classes, datetimes, models), so a bad value is
a usage error naming the option, never a traceback from inside the generated module.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import json
import sys
import types
import typing
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import click

from ._describe import BodyField, OperationInfo, ParamInfo

_SCALARS: dict[str, click.ParamType[Any]] = {"integer": click.INT, "number": click.FLOAT, "string": click.STRING}


class JSONType(click.ParamType[Any]):
    """A JSON document given inline, as ``@file.json``, or ``@-`` for standard input."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text, where = value, "the value"
        if value.startswith("@"):
            where = "standard input" if value == "@-" else value[1:]
            try:
                text = sys.stdin.read() if value == "@-" else Path(value[1:]).read_text(encoding="utf-8")
            except OSError as exc:
                self.fail(f"cannot read {where}: {exc.strerror or exc}", param, ctx)
        try:
            return json.loads(text)
        except ValueError as exc:
            self.fail(f"{where} is not valid JSON: {exc}", param, ctx)


JSON = JSONType()


class ParamOption(click.Option):
    """One operation parameter on the command line, typed by its spec type; ``info`` says which."""

    def __init__(self, info: ParamInfo, flag: str) -> None:
        self.info = info
        self.flag = flag
        kind, multiple = info.type, False
        if kind.startswith("array[") and kind.endswith("]"):
            kind, multiple = kind[6:-1], True
        dest, metavar = f"param_{info.python_name}", kind.upper()
        click_type: click.ParamType[Any] = _SCALARS.get(kind, JSON)
        if info.enum:
            click_type, metavar = click.Choice([str(v) for v in info.enum]), ""  # click shows the choices
        elif kind == "boolean":
            click_type = click.BOOL
        decls = [flag, dest]
        typed: dict[str, Any] = {"type": click_type, "multiple": multiple, "metavar": metavar or None}
        if kind == "boolean" and not multiple and not info.enum:  # a flag pair; unset when neither is given
            decls, typed = [f"{flag}/--no-{flag[2:]}", dest], {"default": None}
        super().__init__(decls, required=info.required, help=_param_help(info), **typed)


def _param_help(info: ParamInfo) -> str:
    """A parameter's line in ``--help``: its description, type and location."""
    where = f"{info.location} {info.name!r}" if info.name != info.python_name else info.location
    repeat = "; repeat for several" if info.type.startswith("array[") else ""
    text = f"{info.description} " if info.description else ""
    return f"{text}[{info.type}, {where}{repeat}]"


def field_help(field: BodyField) -> str:
    """A body field's line in ``--help``: its description, type, and whether it is required."""
    need = ", required" if field.required else ""
    return f"{field.description} [{field.type}{need}]" if field.description else f"[{field.type}{need}]"


def param_options(info: OperationInfo, reserved: frozenset[str]) -> list[ParamOption]:
    """The operation's parameters as options; one whose flag is taken by the CLI gets its location as prefix."""
    options = []
    for p in info.parameters:
        flag = "--" + p.python_name.replace("_", "-")
        if flag in reserved:
            flag = f"--{p.location}-{flag[2:]}"
        options.append(ParamOption(p, flag))
    return options


# -- values for the generated function -----------------------------------------------------------


def _members(hint: Any) -> list[Any]:
    """The types a hint allows, minus the generated clients' ``Unset`` and ``None``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return [m for m in typing.get_args(hint) if m is not type(None) and getattr(m, "__name__", "") != "Unset"]
    return [hint]


def to_hint(hint: Any, value: Any) -> Any:
    """``value`` (parsed from the command line) as the type the generated code declares.

    Raises ValueError, TypeError or KeyError when it cannot be one.
    """
    members = _members(hint)
    if len(members) != 1:
        for member in members:
            try:
                return to_hint(member, value)
            except (ValueError, TypeError, KeyError):
                continue
        return value
    (target,) = members
    if typing.get_origin(target) is list:
        (item,) = typing.get_args(target) or (Any,)
        return [to_hint(item, v) for v in (value if isinstance(value, list | tuple) else [value])]
    if not isinstance(target, type):
        return value
    if issubclass(target, enum.Enum):
        return value if isinstance(value, target) else target(value)
    if target is datetime.datetime and isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    if target is datetime.date and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if target is uuid.UUID and isinstance(value, str):
        return uuid.UUID(value)
    if hasattr(target, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"expected a JSON object, got {type(value).__name__}")
        from ._deviations import from_dict_strict  # here: --help and completion never need it

        return from_dict_strict(target, value)
    return value


def hints(module: ModuleType) -> dict[str, Any]:
    """The generated function's parameter types (the module is imported by now: the call is next)."""
    return typing.get_type_hints(module._get_kwargs)


def convert_params(options: list[ParamOption], given: dict[str, Any], module: ModuleType) -> dict[str, Any]:
    """``call()`` keyword arguments from the parsed options; absent ones are left out."""
    declared = hints(module)
    kwargs: dict[str, Any] = {}
    for opt in options:
        value = given.get(opt.name or "")
        if value is None or value == ():
            continue
        if opt.info.enum:  # click gives the choice as text; the spec's enum may hold numbers
            by_text = {str(v): v for v in opt.info.enum}
            value = [by_text[v] for v in value] if isinstance(value, tuple) else by_text[value]
        try:
            kwargs[opt.info.python_name] = to_hint(declared.get(opt.info.python_name, Any), value)
        except (ValueError, TypeError, KeyError) as exc:
            raise click.BadParameter(_reason(exc), param_hint=f"'{opt.flag}'") from None
    return kwargs


def convert_body(info: OperationInfo, body: Any, module: ModuleType) -> Any:
    """The ``--body`` JSON checked against the spec's fields and turned into the generated model."""
    if body is None:
        if info.body_required:
            fields = ", ".join(f.name for f in info.body_fields if f.required) or "see --help"
            raise click.UsageError(
                f"{info.operation_id} needs a request body: --body JSON or --body @file.json "
                f"(required fields: {fields})"
            )
        return None
    if isinstance(body, dict) and info.body_fields:
        check_fields(info.body_fields, body)
    try:
        return to_hint(hints(module).get("body", Any), body)
    except (ValueError, TypeError, KeyError) as exc:
        raise click.BadParameter(
            f"does not match the {info.operation_id} request body: {_reason(exc)}", param_hint="'--body'"
        ) from None


def check_fields(fields: tuple[BodyField, ...], body: dict[str, Any]) -> None:
    """Required fields present; a field that is not the spec's but close to one is a typo."""
    missing = [f.name for f in fields if f.required and f.name not in body]
    if missing:
        raise click.BadParameter(f"missing required field(s): {', '.join(missing)}", param_hint="'--body'")
    names = [f.name for f in fields]
    for key in body:
        if key not in names:
            near = difflib.get_close_matches(key, names, n=1)
            if near:  # an unknown field far from every known one may be a legitimate extra property
                raise click.BadParameter(f"unknown field {key!r}; did you mean {near[0]!r}?", param_hint="'--body'")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}" if exc.args else "a required field is missing"
    return str(exc) or type(exc).__name__
