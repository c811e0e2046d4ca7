"""The HTTP control path (``/__sandbox__/...``): faults, request log, clock, resource fates, reset. No key needed."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from ._asgi import Receive, Scope, read_body
from ._faults import FAULT_FIELDS, Fault
from ._hooks import Reply
from ._state import SandboxState

CONTROL_PREFIX = "/__sandbox__"


async def control(state: SandboxState, scope: Scope, receive: Receive) -> Reply:
    """Serve one control request.

    ``GET /__sandbox__/info``; ``GET|DELETE /__sandbox__/requests``;
    ``GET|POST|DELETE /__sandbox__/faults`` (POST takes the :class:`Fault` fields as JSON);
    ``GET|POST /__sandbox__/clock`` (POST ``{"advance": seconds}`` and/or ``{"speed": x}``);
    ``POST /__sandbox__/resources/<resource>/<id>/fail`` (or ``/stall``; ``?parent=<id>`` for
    resources named per parent); ``POST /__sandbox__/reset``.
    """
    method, path = scope["method"], scope["path"].rstrip("/")
    what = path.removeprefix(CONTROL_PREFIX)
    try:
        data: Any = json.loads(await read_body(receive, state.limits.max_body) or b"{}")
        return _serve(state, method, what, data, scope)
    except (ValueError, TypeError, LookupError) as exc:
        return Reply(400, {"error": str(exc)})


def _serve(state: SandboxState, method: str, what: str, data: Any, scope: Scope) -> Reply:
    if what == "/info" and method == "GET":
        info = {"provider": state.provider.name, "base_url": state.base_url, "seed": state.seed}
        return Reply(200, {**info, "credentials": state.credentials.seeded, "clock": _clock(state)})
    if what == "/requests":
        if method == "DELETE":
            state.log.clear()
            return Reply(204)
        return Reply(200, [r.to_json() for r in state.log.list()])
    if what == "/faults":
        if method == "DELETE":
            state.faults.clear()
            return Reply(204)
        if method == "POST":
            if not isinstance(data, dict) or set(data) - set(FAULT_FIELDS):
                raise ValueError(f"fault fields are {', '.join(FAULT_FIELDS)}")
            fault: Fault = state.faults.add(data.pop("operation", None), **data)
            return Reply(201, fault.to_json())
        return Reply(200, [f.to_json() for f in state.faults.list()])
    if what == "/clock":
        if method == "POST":
            if not isinstance(data, dict) or set(data) - {"advance", "speed"}:
                raise ValueError("clock fields are advance (seconds) and speed")
            if "speed" in data:
                state.clock.speed = float(data["speed"])
            if "advance" in data:
                state.clock.advance(float(data["advance"]))
        return Reply(200, _clock(state))
    parts = what.split("/")
    if len(parts) == 5 and parts[1] == "resources" and parts[4] in ("fail", "stall") and method == "POST":
        resource = state.engine.resources.get(parts[2])
        if resource is None:
            raise LookupError(f"no resource {parts[2]!r}; this sandbox has {', '.join(state.engine.resources)}")
        parent = dict(_query(scope)).get("parent")
        item = state.engine.mark(resource, parts[3], parts[4], parent)
        return Reply(200, {k: v for k, v in item.items() if not k.startswith("_")})
    if what == "/reset" and method == "POST":
        state.reset()
        return Reply(204)
    return Reply(404, {"error": f"unknown control path {scope['path']}"})


def _clock(state: SandboxState) -> dict[str, Any]:
    return {"now": state.clock.iso(), "speed": state.clock.speed}


def _query(scope: Scope) -> list[tuple[str, str]]:
    return parse_qsl(bytes(scope.get("query_string", b"")).decode("latin-1"))
