"""The type declarations of an oapi-codegen ``api.gen.go``: structs, aliases, string enums.

The file is gofmt'd generated code, so a line-based reader is enough. Anything it does not
recognise is an error naming the line: a silent guess would put a wrong type in the spec.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path


class GoSourceError(Exception):
    """A construct in the Go source this reader does not understand (file and line named)."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class Named:
    """A type by name: a builtin (``string``), a qualified one (``time.Time``) or a declared type."""

    name: str


@dataclass(frozen=True)
class _Of:
    """A type made of one other type. Its subclasses stay distinct: ``Pointer(t) != Slice(t)``."""

    inner: TypeExpr


class Pointer(_Of):
    """``*T``."""


class Slice(_Of):
    """``[]T``."""


@dataclass(frozen=True)
class Map:
    """``map[K]V``."""

    key: TypeExpr
    value: TypeExpr


@dataclass(frozen=True)
class Any_:
    """``interface{}``."""


TypeExpr = Named | Pointer | Slice | Map | Any_


@dataclass(frozen=True)
class Field:
    """One struct field: its Go name and type, and the wire name and options from its tag."""

    go_name: str
    type: TypeExpr
    wire_name: str
    omitempty: bool
    tag: str  # "json" for model fields, "form" for query parameter structs
    line: int


@dataclass
class Decl:
    """``type Name ...``: a struct (fields), an alias (``= T``) or a defined type (``T``)."""

    name: str
    kind: str  # struct | alias | defined
    line: int
    type: TypeExpr | None = None
    fields: list[Field] = field(default_factory=list)
    extra: TypeExpr | None = None  # the value type of an AdditionalProperties map, if any
    enum: list[str] = field(default_factory=list)


_TYPE_LINE = re.compile(r"^type (?P<name>\w+) (?P<rest>.*)$")
_CONST_LINE = re.compile(r'^\t(?P<const>\w+)\s+(?P<type>\w+)\s+=\s+(?P<value>".*")$')
_UNTYPED_CONST = re.compile(r"^\t\w+\s+=\s+.*$")
_FIELD_LINE = re.compile(r"^\t(?P<name>\w+)\s+(?P<type>.+?)\s+`(?P<tags>[^`]*)`$")
_TAG = re.compile(r'(?P<key>\w+):"(?P<value>[^"]*)"')


def parse_type(text: str) -> TypeExpr:
    """Parse a Go type expression as oapi-codegen writes them (no inline structs or funcs)."""
    expr, rest = _parse(text.strip())
    if rest.strip():
        raise ValueError(f"unexpected {rest!r} after a type in {text!r}")
    return expr


def _parse(text: str) -> tuple[TypeExpr, str]:
    if text.startswith("*"):
        inner, rest = _parse(text[1:])
        return Pointer(inner), rest
    if text.startswith("[]"):
        inner, rest = _parse(text[2:])
        return Slice(inner), rest
    if text.startswith("map["):
        key, rest = _parse(text[4:])
        if not rest.startswith("]"):
            raise ValueError(f"expected ']' in map type {text!r}")
        value, rest = _parse(rest[1:])
        return Map(key, value), rest
    if text.startswith("interface{}"):
        return Any_(), text[len("interface{}") :]
    found = re.match(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?", text)
    if not found:
        raise ValueError(f"not a type: {text!r}")
    return Named(found.group(0)), text[found.end() :]


def read_types(path: Path) -> dict[str, Decl]:
    """Every ``type`` declaration of ``path`` by name, enum values attached to their types."""
    lines = path.read_text(encoding="utf-8").splitlines()
    decls: dict[str, Decl] = {}
    consts: list[tuple[str, str, int]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        number = i + 1
        if line.startswith("func "):
            i = _skip_block(lines, i, path)
            continue
        if line in ("const (", "import ("):
            i += 1
            while i < len(lines) and lines[i] != ")":
                found = _CONST_LINE.match(lines[i])
                if found:
                    value = json.loads(found.group("value"))  # Go and JSON share these escapes
                    consts.append((found.group("type"), value, i + 1))
                elif lines[i].strip() and not _UNTYPED_CONST.match(lines[i]) and line == "const (":
                    raise GoSourceError(path, i + 1, f"unexpected constant {lines[i].strip()!r}")
                i += 1
            i += 1
            continue
        header = _TYPE_LINE.match(line)
        if header:
            name, rest = header.group("name"), header.group("rest")
            if name in decls:
                raise GoSourceError(path, number, f"type {name} declared twice")
            if rest == "struct {":
                decl = Decl(name, "struct", number)
                i = _read_struct(lines, i + 1, path, decl)
                decls[name] = decl
                continue
            kind = "alias" if rest.startswith("= ") else "defined"
            try:
                decls[name] = Decl(name, kind, number, type=parse_type(rest.removeprefix("= ")))
            except ValueError as exc:
                raise GoSourceError(path, number, str(exc)) from None
        elif line and not line.startswith(("//", "package ", ")")) and line != "}":
            raise GoSourceError(path, number, f"unexpected top-level line {line!r}")
        i += 1
    for type_name, value, number in consts:
        owner = decls.get(type_name)
        if owner is None or owner.type != Named("string"):
            raise GoSourceError(path, number, f"constant of {type_name}, which is not a string type")
        owner.enum.append(value)
    return decls


def _skip_block(lines: list[str], i: int, path: Path) -> int:
    """Index after the ``}`` that closes the top-level block opened at line ``i``."""
    start = i
    while i < len(lines) and lines[i] != "}":
        if lines[i].endswith("}") and lines[i].startswith("func "):
            return i + 1  # one-line body
        i += 1
    if i == len(lines):
        raise GoSourceError(path, start + 1, "unterminated block")
    return i + 1


def _read_struct(lines: list[str], i: int, path: Path, decl: Decl) -> int:
    while i < len(lines) and lines[i] != "}":
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            i += 1
            continue
        found = _FIELD_LINE.match(line)
        if not found:
            raise GoSourceError(path, i + 1, f"unsupported struct field {stripped!r} in {decl.name}")
        try:
            go_type = parse_type(found.group("type"))
        except ValueError as exc:
            raise GoSourceError(path, i + 1, str(exc)) from None
        tags = {m.group("key"): m.group("value") for m in _TAG.finditer(found.group("tags"))}
        if tags.get("json") == "-":
            # oapi-codegen's AdditionalProperties map: the schema's additionalProperties.
            if found.group("name") != "AdditionalProperties" or not isinstance(go_type, Map):
                raise GoSourceError(path, i + 1, f'unexpected json:"-" field in {decl.name}')
            decl.extra = go_type.value
            i += 1
            continue
        tag = "form" if "form" in tags else "json"
        if tag not in tags:
            raise GoSourceError(path, i + 1, f"field {found.group('name')} of {decl.name} has no json tag")
        wire, _, options = tags[tag].partition(",")
        decl.fields.append(Field(found.group("name"), go_type, wire, "omitempty" in options.split(","), tag, i + 1))
        i += 1
    if i == len(lines):
        raise GoSourceError(path, decl.line, f"unterminated struct {decl.name}")
    return i + 1
