"""Stage 3b: say what the overlay would, where it does not: paging, error-body paths, env var names.

Runs after the overlay, so the overlay always wins: an operation with ``x-pagination``, an
``info`` with ``x-errors`` or a security scheme with ``x-env-var`` is left alone. Everything
emitted follows ``facade/_vocabulary.py``'s schemas (validation checks it like an overlay's).

- **x-pagination** on each list operation (a GET whose 2xx body is an array, or holds the item
  array next to paging fields or behind paging parameters), from its parameters and 2xx schema:
  cursor (a cursor parameter + a next-cursor field), next_url (a next-link field, or a ``Link``
  response header: ``$response.header.Link``), page (page [+ size] parameters; ``total`` when an
  item count is returned; ``first_page`` from the page parameter's default), offset (offset [+
  limit] parameters), or none (a list without paging parameters comes whole). A list with paging
  parameters none of these explain is a problem: ``nox -s specs`` fails naming it.
- **x-errors** from the error responses' JSON bodies: the most common message, code and request-id
  fields (``$.error.message``, ``$.code``, ...) and a request-id response header.
- **x-env-var** of each security scheme: ``<PROVIDER>_<SCHEME>``, upper snake case
  (``fluence_cloud`` + ``api_key`` -> ``FLUENCE_CLOUD_API_KEY``; ``ApiKeyAuth`` -> ``..._API_KEY_AUTH``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import schema as sch
from .infer_names import (
    CODE_FIELDS,
    CURSOR_PARAMS,
    HAS_MORE_FIELDS,
    ITEM_FIELDS,
    MESSAGE_FIELDS,
    NEXT_CURSOR_FIELDS,
    NEXT_URL_FIELDS,
    OFFSET_PARAMS,
    PAGE_PARAMS,
    REQUEST_ID_FIELDS,
    REQUEST_ID_HEADERS,
    SIZE_PARAMS,
    TOTAL_FIELDS,
)
from .shared import jp

Parts = tuple[jp.Part, ...]

_MAX_DEPTH = 3


@dataclass(frozen=True)
class Inference:
    """One extension inference supplied: where it was written, the value, and why."""

    kind: str  # x-pagination | x-errors | x-env-var
    parts: Parts
    value: Any
    reason: str


@dataclass
class Outcome:
    inferences: list[Inference] = field(default_factory=list)
    problems: list[tuple[Parts, str]] = field(default_factory=list)


def _norm(name: str) -> str:
    return str(name).lower().replace("-", "_")


def _first(names: Mapping[str, str], wanted: tuple[str, ...]) -> str | None:
    """The first of ``wanted`` (normalised names, in preference order) among ``names`` (normalised -> real)."""
    return next((names[w] for w in wanted if w in names), None)


def _fields(spec: Mapping[str, Any], schema: Any, parts: Parts = (), depth: int = 0) -> Iterator[tuple[Parts, Any]]:
    """(path parts, schema) of every object property down to ``_MAX_DEPTH``, through allOf/anyOf/oneOf."""
    node = sch.resolve(spec, schema)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or []:
            yield from _fields(spec, sub, parts, depth)
    for name, sub in (node.get("properties") or {}).items():
        resolved = sch.resolve(spec, sub)
        yield (*parts, name), resolved
        yield from _fields(spec, resolved, (*parts, name), depth + 1)


def _path(parts: Parts) -> str:
    return jp.render(parts)


def _is_array(spec: Mapping[str, Any], node: Any) -> bool:
    node = sch.resolve(spec, node)
    if not isinstance(node, dict):
        return False
    if "array" in sch.types(node):
        return True
    return any(_is_array(spec, s) for s in (node.get("anyOf") or node.get("oneOf") or []))


def _items(spec: Mapping[str, Any], body: Any, path: str) -> Parts | None:
    """Where the item array is in a 2xx body, or None when the body holds no list."""
    if _is_array(spec, body):
        return ()
    arrays = [parts for parts, node in _fields(spec, body) if _is_array(spec, node) and len(parts) <= 2]
    if not arrays:
        return None
    by_name = {_norm(str(p[-1])): p for p in arrays}
    last = next((s for s in reversed(path.split("/")) if s and not s.startswith("{")), "")
    for wanted in (_norm(last), *ITEM_FIELDS):
        if wanted in by_name:
            return by_name[wanted]
    objects = [p for p in arrays if _item_is_object(spec, body, p)]
    if len(objects) == 1:
        return objects[0]
    return arrays[0] if len(arrays) == 1 else None


def _item_is_object(spec: Mapping[str, Any], body: Any, parts: Parts) -> bool:
    node = sch.schema_at(spec, body, parts)
    items = sch.resolve(spec, (node or {}).get("items") or {})
    return isinstance(items, dict) and ("object" in sch.types(items) or "properties" in items or "allOf" in items)


def _query_params(spec: Mapping[str, Any], path: str, op: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for raw in sch.parameters(spec, path, op):
        param = sch.resolve(spec, raw)
        if isinstance(param, dict) and param.get("in") == "query":
            found[_norm(param["name"])] = param
    return found


def _link_header(spec: Mapping[str, Any], op: Mapping[str, Any]) -> bool:
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            headers = sch.resolve(spec, response).get("headers") or {}
            if any(str(h).lower() == "link" for h in headers):
                return True
    return False


def pagination(spec: Mapping[str, Any], path: str, op: Mapping[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """(x-pagination, why) for a GET; (None, "") when it is not a list; (None, why) when it cannot be paged."""
    body = sch.success_schema(spec, op)
    if body is None:
        return None, ""
    items = _items(spec, body, path)
    if items is None:
        return None, ""
    params = _query_params(spec, path, op)
    names = {k: v["name"] for k, v in params.items()}
    fields = {_norm(str(p[-1])): p for p, _node in reversed(list(_fields(spec, body))) if len(p) <= 3}
    field_names = {k: k for k in fields}
    page, size = _first(names, PAGE_PARAMS), _first(names, SIZE_PARAMS)
    cursor, offset = _first(names, CURSOR_PARAMS), _first(names, OFFSET_PARAMS)
    next_cursor, next_url = _first(field_names, NEXT_CURSOR_FIELDS), _first(field_names, NEXT_URL_FIELDS)
    total, has_more = _first(field_names, TOTAL_FIELDS), _first(field_names, HAS_MORE_FIELDS)
    if not _is_list(path, items, any((page, cursor, offset, next_cursor, next_url))):
        return None, ""
    pag: dict[str, Any] = {"items": _path(items)}
    if cursor and next_cursor and fields[next_cursor] != items:
        pag.update(style="cursor", cursor_param=cursor, next_cursor=_path(fields[next_cursor]))
        why = f"cursor parameter {cursor!r} and next cursor {_path(fields[next_cursor])}"
    elif next_url and _is_url_field(spec, body, fields[next_url]):
        pag.update(style="next_url", next_url=_path(fields[next_url]))
        why = f"next-page URL {_path(fields[next_url])}"
    elif _link_header(spec, op):
        pag.update(style="next_url", next_url="$response.header.Link")
        why = "a Link response header (rel=next)"
    elif page:
        pag.update(style="page", page_param=page)
        why = f"page parameter {page!r}"
    elif offset:
        pag.update(style="offset", offset_param=offset)
        why = f"offset parameter {offset!r}"
    elif cursor or size:
        return None, (
            f"takes paging parameter(s) {', '.join(repr(n) for n in (cursor, size) if n)} but its 2xx body has "
            f"no next cursor, next URL or total to page by: add x-pagination in the overlay"
        )
    else:
        pag["style"] = "none"
        return _order(pag), "no paging parameters: the list comes whole"
    if page and pag["style"] == "page":  # numbered pages of a size; every other style limits the items per request
        if size:
            pag["size_param"] = size
            why += f" and size parameter {size!r}"
        default = (params[_norm(page)].get("schema") or {}).get("default")
        if isinstance(default, int) and not isinstance(default, bool) and default in (0, 1):
            pag["first_page"] = default
    elif size:
        pag["limit_param"] = size
    if total and pag["style"] in ("page", "offset"):
        pag["total"] = _path(fields[total])
        why += f", total {_path(fields[total])}"
    if has_more:
        pag["has_more"] = _path(fields[has_more])
    size_param = pag.get("size_param") or pag.get("limit_param")
    maximum = (params.get(_norm(size_param), {}).get("schema") or {}).get("maximum") if size_param else None
    if isinstance(maximum, int) and not isinstance(maximum, bool) and maximum >= 1:
        pag["max_page_size"] = maximum
    return _order(pag), why


def _is_list(path: str, items: Parts, paging: bool) -> bool:
    """A bare array (not under ``/things/{id}``), anything with paging signals, or ``{items: [...]}``."""
    if paging:
        return True
    if _path_ends_in_param(path):
        return False
    if items == ():
        return True
    last = next((s for s in reversed(path.split("/")) if s and not s.startswith("{")), "")
    return len(items) == 1 and _norm(str(items[0])) in (*ITEM_FIELDS, _norm(last))


def _order(pag: dict[str, Any]) -> dict[str, Any]:
    first = {"style": pag["style"], "items": pag["items"]}
    return first | {k: v for k, v in pag.items() if k not in first}


def _path_ends_in_param(path: str) -> bool:
    return path.rstrip("/").endswith("}")


def _is_url_field(spec: Mapping[str, Any], body: Any, parts: Parts) -> bool:
    node = sch.schema_at(spec, body, parts)
    return isinstance(node, dict) and "string" in sch.types(node) | ({"string"} if not sch.types(node) else set())


# -- x-errors ------------------------------------------------------------------------------------------


def errors(spec: Mapping[str, Any]) -> tuple[dict[str, str], str]:
    """(x-errors, why) from the error responses of every operation; ({}, "") when nothing fits."""
    votes: dict[str, Counter[str]] = {"message": Counter(), "code": Counter(), "request_id": Counter()}
    headers: Counter[str] = Counter()
    for *_where, op in sch.operations(spec):
        for status, response in (op.get("responses") or {}).items():
            response = sch.resolve(spec, response)
            if not isinstance(response, dict):
                continue
            for header in response.get("headers") or {}:
                if str(header).lower() in REQUEST_ID_HEADERS:
                    headers[str(header)] += 1
            if not (str(status)[:1] in "45" or str(status) == "default"):
                continue
            media = next((m for c, m in (response.get("content") or {}).items() if "json" in c), None)
            if not isinstance(media, dict) or "schema" not in media:
                continue
            fields = {
                _norm(str(p[-1])): p
                for p, node in reversed(list(_fields(spec, media["schema"])))
                if len(p) <= 2 and not _is_array(spec, node) and "object" not in sch.types(node)
            }
            for key, wanted in (("message", MESSAGE_FIELDS), ("code", CODE_FIELDS), ("request_id", REQUEST_ID_FIELDS)):
                name = _first({k: k for k in fields}, wanted)
                if name:
                    votes[key][_path(fields[name])] += 1
    found = {key: counter.most_common(1)[0][0] for key, counter in votes.items() if counter}
    if headers:
        found["request_id_header"] = headers.most_common(1)[0][0]
    if not found:
        return {}, ""
    why = ", ".join(f"{k} {v}" for k, v in found.items())
    return found, f"the error responses' bodies: {why}"


# -- x-env-var -----------------------------------------------------------------------------------------


def env_var(provider: str, scheme: str) -> str:
    """``<PROVIDER>_<SCHEME>`` in upper snake case."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", f"{provider}_{scheme}")
    return re.sub(r"[^A-Za-z0-9]+", "_", spaced).strip("_").upper()


# -- all of it ------------------------------------------------------------------------------------------


def infer(spec: dict[str, Any], provider: str) -> Outcome:
    """Fill in what the overlay left unsaid (in place); the inferences and the lists that cannot be paged."""
    out = Outcome()
    for path, method, op in sch.operations(spec):
        if method != "get" or "x-pagination" in op:
            continue
        pag, why = pagination(spec, path, op)
        parts: Parts = ("paths", path, method)
        if pag is not None:
            op["x-pagination"] = pag
            out.inferences.append(Inference("x-pagination", parts, pag, why))
        elif why:
            out.problems.append((parts, f"list operation {op.get('operationId')!r} {why}"))
    info = spec.setdefault("info", {})
    if "x-errors" not in info:
        found, why = errors(spec)
        if found:
            info["x-errors"] = found
            out.inferences.append(Inference("x-errors", ("info",), found, why))
    for name, scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).items():
        if isinstance(scheme, dict) and "x-env-var" not in scheme:
            scheme["x-env-var"] = env_var(provider, str(name))
            out.inferences.append(
                Inference(
                    "x-env-var", ("components", "securitySchemes", name), scheme["x-env-var"], "provider + scheme name"
                )
            )
    return out
