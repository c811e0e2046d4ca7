"""The HTTP control path (``/__sandbox__/...``): faults, request log, reset. Never needs a key."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._faults import Fault
from ._provider import Reply

if TYPE_CHECKING:
    from ._app import Receive, SandboxState, Scope

_FAULT_FIELDS = ("operation", "path", "kind", "status", "retry_after", "delay", "times", "probability", "seed", "after")


async def control(state: SandboxState, scope: Scope, receive: Receive) -> Reply:
    """Serve one control request.

    ``GET /__sandbox__/info``; ``GET|DELETE /__sandbox__/requests``;
    ``GET|POST|DELETE /__sandbox__/faults`` (POST takes the :class:`Fault` fields as JSON);
    ``POST /__sandbox__/reset``.
    """
    from ._app import _read_body

    method, path = scope["method"], scope["path"].rstrip("/")
    raw = await _read_body(receive)
    what = path.removeprefix("/__sandbox__")
    if what == "/info" and method == "GET":
        return Reply(200, {"provider": state.provider.name, "base_url": state.base_url, "seed": state.seed,
                           "credentials": state.credentials})  # fmt: skip
    if what == "/requests":
        if method == "DELETE":
            with state.log_lock:
                state.log.clear()
            return Reply(204)
        with state.log_lock:
            return Reply(200, [r.to_json() for r in state.log])
    if what == "/faults":
        if method == "DELETE":
            state.faults.clear()
            return Reply(204)
        if method == "POST":
            try:
                data: Any = json.loads(raw or b"{}")
                if not isinstance(data, dict) or set(data) - set(_FAULT_FIELDS):
                    raise ValueError(f"fault fields are {', '.join(_FAULT_FIELDS)}")
                operation = data.pop("operation", None)
                fault: Fault = state.faults.add(operation, **data)
            except (ValueError, TypeError) as exc:
                return Reply(400, {"error": str(exc)})
            return Reply(201, fault.to_json())
        return Reply(200, [f.to_json() for f in state.faults.list()])
    if what == "/reset" and method == "POST":
        state.reset()
        return Reply(204)
    return Reply(404, {"error": f"unknown control path {scope['path']}"})
