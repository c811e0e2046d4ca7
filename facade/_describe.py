"""What an operation takes and returns, for people: ``client.describe("createKey")`` and the CLI.

Built from the manifest; descriptions come from the effective spec shipped beside it
(``_openapi.json``), read only when something is described.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from . import _jsonpath
from ._manifest import Operation, Provider
from ._vocabulary import PAGINATION_PARAM_KEYS


@dataclass(frozen=True)
class ParamInfo:
    """One parameter: its wire name, the Python name ``call()`` takes, where it goes, its type."""

    name: str
    python_name: str
    location: str
    type: str
    required: bool
    enum: tuple[Any, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class BodyField:
    """One top-level field of a JSON request body."""

    name: str
    python_name: str
    type: str
    required: bool
    description: str = ""


@dataclass(frozen=True)
class PagingInfo:
    """How ``paginate()`` pages the operation: the style, where items are, what it sets itself."""

    style: str
    items: str
    managed: tuple[str, ...]
    size_param: str | None
    max_page_size: int | None
    total: str | None = None  # where a page says how many items there are in all, if it does


@dataclass(frozen=True)
class OperationInfo:
    """Everything a caller needs to know to call one operation; ``str()`` gives a help text."""

    provider: str
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    parameters: tuple[ParamInfo, ...]
    body_required: bool
    body_media: str | None
    body_fields: tuple[BodyField, ...]
    paging: PagingInfo | None
    idempotency_header: str | None
    security: tuple[tuple[str, ...], ...]

    def __str__(self) -> str:
        lines = [f"{self.provider}.{self.operation_id}: {self.method} {self.path}"]
        if self.summary:
            lines.append(f"  {self.summary}")
        if self.parameters:
            lines.append("parameters:")
            for p in self.parameters:
                need = "required" if p.required else "optional"
                choices = f" one of {', '.join(map(str, p.enum))}" if p.enum else ""
                lines.append(f"  {p.python_name} ({p.location} {p.name!r}, {p.type}, {need}){choices}")
        if self.body_media is not None:
            need = "required" if self.body_required else "optional"
            lines.append(f"body ({self.body_media}, {need}):")
            for f in self.body_fields:
                lines.append(f"  {f.name} ({f.type}, {'required' if f.required else 'optional'})")
        if self.paging is not None:
            lines.append(f"paging: {self.paging.style}, items at {self.paging.items}")
        if self.idempotency_header:
            lines.append(f"idempotent with header {self.idempotency_header} (sent on every retry)")
        return "\n".join(lines)


@cache
def _spec(package: str) -> dict[str, Any]:
    found = importlib.util.find_spec(package)
    for location in (found.submodule_search_locations or []) if found is not None else []:
        path = Path(location) / "_openapi.json"
        if path.is_file():
            spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return spec
    return {}


def _text(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    return " ".join(str(node.get("description") or node.get("summary") or "").split())


def _named(entry: dict[str, Any]) -> dict[str, Any]:
    """What a manifest parameter and body field both carry: wire and Python names, type, required."""
    return {"name": entry["name"], "python_name": entry["python"], "type": entry["type"], "required": entry["required"]}


def describe(provider: Provider, op: Operation) -> OperationInfo:
    """The :class:`OperationInfo` of ``op``."""
    spec = _spec(provider.package)
    raw = _jsonpath.get(spec, ("paths", op.path, op.method.lower())) or {}
    raw_params = [*(_jsonpath.get(spec, ("paths", op.path, "parameters")) or []), *(raw.get("parameters") or [])]
    descriptions: dict[tuple[str, str], str] = {}
    for param in raw_params:
        node, _ = _jsonpath.resolve(spec, param)
        if isinstance(node, dict):
            descriptions[(str(node.get("in")), str(node.get("name")))] = _text(node)
    params = tuple(
        ParamInfo(
            **_named(p),
            location=p["in"],
            enum=tuple(p.get("enum") or ()),
            description=descriptions.get((p["in"], p["name"]), ""),
        )
        for p in op.params
    )
    body = op.body or {}
    body_schema = _body_schema(spec, raw, body.get("media"))
    fields = tuple(
        BodyField(
            **_named(f),
            description=_text(_jsonpath.resolve(spec, (body_schema.get("properties") or {}).get(f["name"]) or {})[0]),
        )
        for f in body.get("fields") or ()
    )
    paging = None
    if op.pagination is not None and op.pagination.get("style") != "none":
        pag = op.pagination
        args: dict[str, str] = pag.get("args") or {}
        size_key = "size_param" if pag["style"] == "page" else "limit_param"
        paging = PagingInfo(
            style=pag["style"],
            items=pag["items"],
            managed=tuple(args.get(k, pag[k]) for k in PAGINATION_PARAM_KEYS if k in pag),
            size_param=args.get(size_key, pag.get(size_key)),
            max_page_size=pag.get("max_page_size"),
            total=pag.get("total"),
        )
    return OperationInfo(
        provider=provider.name,
        operation_id=op.id,
        method=op.method,
        path=op.path,
        tag=op.tag,
        summary=op.summary,
        description=_text({"description": raw.get("description")}),
        parameters=params,
        body_required=bool(body.get("required")),
        body_media=body.get("media"),
        body_fields=fields,
        paging=paging,
        idempotency_header=op.idempotency_header,
        security=op.security,
    )


def _body_schema(spec: dict[str, Any], raw: dict[str, Any], media: str | None) -> dict[str, Any]:
    if media is None:
        return {}
    body, _ = _jsonpath.resolve(spec, raw.get("requestBody") or {})
    schema, _ = _jsonpath.resolve(spec, _jsonpath.get(body, ("content", media, "schema")) or {})
    if not isinstance(schema, dict):
        return {}
    merged = dict(schema)
    for part in schema.get("allOf") or []:
        node, _ = _jsonpath.resolve(spec, part)
        if isinstance(node, dict):
            merged.setdefault("properties", {})
            merged["properties"] = {**(node.get("properties") or {}), **merged["properties"]}
    return merged
