"""Typing hooks: what ``facade_call`` / ``facade_paginate`` declare in each generated endpoint module.

Our ``templates/endpoint_module.py.jinja`` renders, per endpoint, two signature stubs that the
facade's ``call``/``paginate`` overloads read through a ParamSpec protocol (``facade/_types.py``):
``facade_call`` takes the operation's parameters (path ones positional; optional ones ``T | None =
None``, which the facade treats as "not given"), its body as a model or a mapping, and the facade's
per-call options, and returns the 2xx type; ``facade_paginate`` (list operations only) takes the
parameters the pager does not manage and returns the item type. This module computes them from the
generator's parsed endpoints; the template only places them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import endpoints as ep
from .shared import vocabulary

TIMEOUT = "timeout: float | httpx.Timeout | None = None"
MAX_RETRIES = "max_retries: int | None = None"


@dataclass(frozen=True)
class Hook:
    """What the template renders for one endpoint (declarations are Python source)."""

    call: list[str]
    returns: str
    paginate: list[str] | None = None
    item: str = "Any"
    imports: list[str] = field(default_factory=list)


# Parameter types the generated code only str()s: ids read from one response (strings in JSON)
# may go straight into the next call.
_ALSO_STR = {"UUID": "UUID | str"}


def _declare(prop: Any) -> str:
    name = str(prop.python_name)
    required = prop.required and prop.default is None
    kind = ep.type_string(prop, optional=not required)
    kind = _ALSO_STR.get(kind, kind)
    return f"{name}: {kind}" if required else f"{name}: {kind} | None = None"


def _body(endpoint: Any) -> str | None:
    bodies = list(endpoint.bodies)
    if not bodies:
        return None
    kinds = [ep.type_string(b.prop, optional=True) for b in bodies]
    if any(hasattr(b.prop, "class_info") and str(b.body_type) in {"json", "data"} for b in bodies):
        kinds.append("Mapping[str, Any]")
    kinds = list(dict.fromkeys(kinds))
    if all(b.prop.required for b in bodies):
        return f"body: {' | '.join(kinds)}"
    return f"body: {' | '.join(kinds)} | None = None"


def _keywords(endpoint: Any, skip: set[str]) -> list[str]:
    params = [p for where in ep.LOCATIONS[1:] for p in ep.parameters(endpoint, where)]
    # Parameters the facade's own keywords shadow cannot be passed through it: not declared.
    return [_declare(p) for p in params if str(p.python_name) not in skip]


def _item(endpoint: Any, pagination: Mapping[str, Any], parse: Callable[[str], tuple[Any, ...]]) -> Any:
    props = ep.success_props(endpoint)
    found = ep.prop_at(props[0], parse(pagination["items"])) if props else None
    return getattr(found[1], "inner_property", None) if found else None


def hook(endpoint: Any, op: Mapping[str, Any], parse: Callable[[str], tuple[Any, ...]]) -> Hook:
    """The stubs for one endpoint; ``op`` is its operation in the effective spec."""
    path = [_declare(p) for p in ep.parameters(endpoint, "path")]
    body = _body(endpoint)
    idempotent = op.get("x-idempotency") is not None
    options = [TIMEOUT, MAX_RETRIES] + (["idempotency_key: str | None = None"] if idempotent else [])
    call_skip = {"timeout", "max_retries"} | ({"idempotency_key"} if idempotent else set())
    call = [*path, "*", *_keywords(endpoint, call_skip), *([body] if body else []), *options]
    returns = list(dict.fromkeys(ep.type_string(p) for p in ep.success_props(endpoint))) or ["Any"]
    pagination = op.get("x-pagination")
    if pagination is None:
        return Hook(call, " | ".join(returns))
    wire_to_python = {ep.text(q.name): str(q.python_name) for q in ep.parameters(endpoint, "query")}
    keys = [k for k in vocabulary.PAGINATION_PARAM_KEYS if k in pagination]
    managed = {wire_to_python.get(pagination[k], pagination[k]) for k in keys}
    page_skip = managed | {"limit", "max_items", "timeout", "max_retries"}
    paged_keywords = _keywords(endpoint, page_skip)
    page_options = ["limit: int | None = None", "max_items: int | None = None", TIMEOUT, MAX_RETRIES]
    paginate = [*path, "*", *paged_keywords, *([body] if body else []), *page_options]
    item = _item(endpoint, pagination, parse)
    imports = sorted(ep.imports(item)) if item is not None else []
    return Hook(call, " | ".join(returns), paginate, ep.type_string(item) if item is not None else "Any", imports)
