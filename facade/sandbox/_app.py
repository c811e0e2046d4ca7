"""The ASGI application of one sandbox: routing, checks, idempotency, faults, the request log.

This is the HTTP half of the engine (moto's "responses"): it turns a request into a validated
:class:`~facade.sandbox._engine.Served` call, asks the engine, and writes the answer. Every
request is answered in the provider's format and recorded, whatever fails on the way.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import logging
import socket
import struct
from typing import Any

from starlette.datastructures import Headers, QueryParams

from .. import _jsonpath
from . import _checks
from ._asgi import BodyTooLarge, Receive, Scope, Send, encode, read_body, send_reply
from ._control import CONTROL_PREFIX, control
from ._engine import Served
from ._errors import Abort, Problem, Refused
from ._faults import Fault
from ._hooks import Reply
from ._log import RequestRecord
from ._spec import Operation
from ._state import SandboxState

log = logging.getLogger("facade.sandbox")
_FAULT_CODES = {429: "rate_limited", 500: "internal_error", 502: "bad_gateway", 503: "service_unavailable"}
_HTML = (
    "<!DOCTYPE html><html><head><title>{status} {reason}</title></head><body><center><h1>{status} {reason}"
    "</h1></center><hr><center>nginx</center></body></html>"
)
_OFF_CONTRACT = (413, 415)
_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Timeout",
}


@dataclasses.dataclass
class _Outcome:
    """What serving one request produced, for the log and for faults that act after it."""

    reply: Reply
    idempotency_key: str | None = None
    served: Served | None = None


class SandboxApp:
    """The ASGI application of one sandbox."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state
        self._wants_request_id: dict[str, bool] = {}
        errors = state.spec.errors
        self.request_id_header: str | None = errors.get("request_id_header")
        self.request_id_path: str | None = errors.get("request_id")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        raw_path = bytes(scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        if raw_path.startswith(CONTROL_PREFIX):
            await send_reply(send, await control(self.state, scope, receive))
            return
        method, path = scope["method"], scope["path"]
        op, path_params, allowed = self.state.spec.route(method, raw_path)
        outcome = _Outcome(Reply(500))
        fault_kind = None
        try:
            fault = self.state.faults.take(op.op_id if op else None, path)
            if fault is not None and fault.delay:
                await asyncio.sleep(fault.delay)
            if fault is not None and not fault.only_delay and not fault.marks:
                await self._fault(fault, scope, receive, send, op, path_params, allowed)
                return
            outcome = await self._handle(scope, receive, op, path_params, allowed)
            if fault is not None and fault.marks and outcome.served is not None:
                fault_kind = self._mark(fault, outcome.served)
        except Exception:  # every request gets an answer in the provider's format, and a log entry
            log.exception("sandbox %s: %s %s failed", self.state.provider.name, method, path)
            request_id = self.state.new_request_id()
            problem = Problem(500, "internal_error", "The sandbox failed to serve this request.", request_id=request_id)
            outcome.reply = self._finish(self.state.error_reply(problem), None, request_id)
        # Recorded before sending: a client that got its answer must find its request in the log.
        self._record(method, path, op, outcome.reply.status or 200, outcome.idempotency_key, fault_kind)
        await send_reply(send, outcome.reply)

    def _record(
        self, method: str, path: str, op: Operation | None, status: int, idem: str | None, fault: str | None
    ) -> None:
        self.state.log.add(RequestRecord(method, path, op.op_id if op else None, status, idem, fault))

    # -- serving one request ----------------------------------------------------------------------
    async def _handle(
        self, scope: Scope, receive: Receive, op: Operation | None, path_params: dict[str, str], allowed: list[str]
    ) -> _Outcome:
        state = self.state
        request_id = state.new_request_id()
        if op is None:
            return _Outcome(self._finish(self._unrouted(scope, allowed, request_id), None, request_id))
        headers = Headers(scope=scope)
        idem_header = (op.idempotency or {}).get("header")
        idem = headers.get(idem_header) if idem_header else None
        served: Served | None = None
        try:
            served, raw = await self._request(scope, receive, op, path_params, headers, request_id)
            if idem is not None:
                replayed = self._replay(op, idem, raw)
                if replayed is not None:
                    return _Outcome(replayed, idem, served)
            reply = self._dispatch(served)
        except Abort as refused:
            problem = dataclasses.replace(refused.problem(state.provider.statuses), request_id=request_id)
            return _Outcome(self._finish(state.error_reply(problem), op, request_id), idem, served)
        except _checks.AuthFailed as failed:
            return _Outcome(self._finish(self._auth_error(op, failed, headers, request_id), op, request_id), idem)
        reply = self._finish(reply, op, request_id)
        if idem is not None and (reply.status or 200) < 500:
            self._remember(op, idem, raw, reply)
        return _Outcome(reply, idem, served)

    async def _request(
        self,
        scope: Scope,
        receive: Receive,
        op: Operation,
        path_params: dict[str, str],
        headers: Headers,
        request_id: str,
    ) -> tuple[Served, bytes]:
        """The validated request (credential, parameters, body) and its raw body."""
        state, statuses = self.state, self.state.provider.statuses
        query = QueryParams(scope.get("query_string", b""))
        credential = _checks.authenticate(state.spec, op, state.credentials, headers, query)
        declared = headers.get("content-length")
        limit = state.limits.max_body
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise _too_large(statuses.too_large, limit)  # answered before a byte of the body is read
        try:
            raw = await read_body(receive, limit)
        except BodyTooLarge:
            raise _too_large(statuses.too_large, limit) from None
        path, values = _checks.parameters(state.spec, op, statuses, path_params, query, headers)
        body = _checks.body(state.spec, op, statuses, raw, headers.get("content-type"))
        url = f"{state.base_url}{bytes(scope.get('raw_path') or b'').decode('latin-1') or scope['path']}"
        served = Served(state.engine, op, path, values, body, headers, credential, request_id, url)
        with state.store.lock:
            state.engine.admit(served)
            if state.provider.authorize is not None:
                state.provider.authorize(served)
        return served, raw

    def _dispatch(self, served: Served) -> Reply:
        with self.state.store.lock:
            reply = self.state.engine.serve(served)
        if reply.status is None:
            reply.status = served.operation.success_status
        return reply

    def _unrouted(self, scope: Scope, allowed: list[str], request_id: str) -> Reply:
        if allowed:
            problem = Problem(
                405, "method_not_allowed", f"Method {scope['method']} not allowed.", request_id=request_id
            )
            reply = self.state.error_reply(problem)
            reply.headers["Allow"] = ", ".join(allowed)
            return reply
        text = f"Unrecognized request URL ({scope['method']} {scope['path']})."
        return self.state.error_reply(Problem(404, "not_found", text, request_id=request_id))

    def _auth_error(self, op: Operation, failed: _checks.AuthFailed, headers: Headers, request_id: str) -> Reply:
        state, listed = self.state, self.state.provider.auth_errors
        custom = listed.get(failed.reason, listed.get("invalid"))
        if state.provider.auth_error is not None:
            call = Served(state.engine, op, {}, {}, None, headers, failed.credential, request_id, "")
            custom = state.provider.auth_error(call, failed.reason)
        if custom is not None:
            return state.error_reply(dataclasses.replace(custom, request_id=request_id))
        code = "missing_api_key" if failed.reason == "missing" else "invalid_api_key"
        message = {"missing": "No API key provided.", "invalid": "The API key provided is not valid."}.get(
            failed.reason, "This credential cannot be used for this operation."
        )
        return state.error_reply(Problem(state.provider.statuses.auth, code, message, request_id=request_id))

    # -- idempotency ------------------------------------------------------------------------------------
    def _replay(self, op: Operation, key: str, raw: bytes) -> Reply | None:
        store = self.state.store
        with store.lock:
            seen = store.idempotency.get((op.op_id, key))
        if seen is None:
            return None
        if seen[0] != hashlib.sha256(raw).hexdigest():
            raise Refused(
                self.state.provider.statuses.conflict,
                "This Idempotency-Key was used with a different request body.",
                "idempotency_key_reused",
            )
        return Reply(seen[1], json.loads(seen[2]) if seen[2] else None, dict(seen[3]))

    def _remember(self, op: Operation, key: str, raw: bytes, reply: Reply) -> None:
        encoded = json.dumps(reply.body).encode() if reply.body is not None else b""
        with self.state.store.lock:
            entry = (hashlib.sha256(raw).hexdigest(), reply.status or 200, encoded, dict(reply.headers))
            self.state.store.idempotency[(op.op_id, key)] = entry

    # -- finishing an answer ----------------------------------------------------------------------------
    def _finish(self, reply: Reply, op: Operation | None, request_id: str) -> Reply:
        if self.request_id_header:
            reply.headers.setdefault(self.request_id_header, request_id)
        if self.request_id_path and isinstance(reply.body, dict):
            response = op.response(reply.status or 200) if op else None
            pointer = response.json if response else None
            if pointer is None or self._has_request_id(pointer):
                parts = _jsonpath.parse(self.request_id_path)
                if len(parts) == 1:
                    reply.body[str(parts[0])] = request_id
        if self.state.check_responses and op is not None:
            self._check(reply, op)
        return reply

    def _has_request_id(self, pointer: str) -> bool:
        found = self._wants_request_id.get(pointer)
        if found is None:
            node, _ = self.state.spec.resolve(self.state.spec.at(pointer), pointer)
            parts = _jsonpath.parse(self.request_id_path or "$")
            found = bool(parts) and parts[0] in (node.get("properties") or {})
            self._wants_request_id[pointer] = found
        return found

    def _check(self, reply: Reply, op: Operation) -> None:
        status = reply.status or 200
        response = op.response(status)
        if status in _OFF_CONTRACT:  # the request broke the transport rules (size, media type): no spec covers it
            return
        if response is None:
            self.state.violations.append(f"{op.op_id}: status {status} not declared")
        elif response.json is not None and reply.text is None:
            for error in self.state.spec.validator(response.json).iter_errors(reply.body):
                self.state.violations.append(f"{op.op_id} {status}: {error.message} at {list(error.absolute_path)}")

    # -- faults -----------------------------------------------------------------------------------------
    def _mark(self, fault: Fault, served: Served) -> str | None:
        """Fail or stall the resource the request made or named (a ``fail``/``stall`` fault)."""
        if served.touched is None:
            return None
        res, item = served.touched
        parent = item.get("_parent")
        self.state.engine.mark(res, item[res.id_field], "stall" if fault.kind == "stall" else "fail_next", parent)
        return fault.kind

    async def _fault(
        self,
        fault: Fault,
        scope: Scope,
        receive: Receive,
        send: Send,
        op: Operation | None,
        path_params: dict[str, str],
        allowed: list[str],
    ) -> None:
        method, path = scope["method"], scope["path"]
        status = fault.status or 503
        # The log shows the idempotency key a faulted request carried too (retries reuse it).
        idem_header = (op.idempotency or {}).get("header") if op is not None else None
        idem = Headers(scope=scope).get(idem_header) if idem_header else None
        if fault.kind != "truncate":
            if fault.after:
                # The operation runs (a create creates) and then its answer is lost to the fault.
                idem = (await self._handle(scope, receive, op, path_params, allowed)).idempotency_key
            else:
                await read_body(receive)
        if fault.kind == "reset":
            self._record(method, path, op, 0, idem, fault.kind)
            await _drop(scope, receive, hard=True)
        elif fault.kind == "truncate":
            outcome = await self._handle(scope, receive, op, path_params, allowed)
            body, headers = encode(outcome.reply)
            headers = [(k, v) for k, v in headers if k != b"content-length"]
            headers.append((b"content-length", str(len(body) + 64).encode()))
            self._record(method, path, op, outcome.reply.status or 200, outcome.idempotency_key, fault.kind)
            await send({"type": "http.response.start", "status": outcome.reply.status or 200, "headers": headers})
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            await _drop(scope, receive, hard=False)
        elif fault.kind == "malformed":
            self._record(method, path, op, 200, idem, fault.kind)
            await send_reply(send, Reply(200, text='{"data": [{"id": "broken", ', media="application/json"))
        elif fault.kind == "html":
            page = _HTML.format(status=status, reason=_REASONS.get(status, "Error"))
            self._record(method, path, op, status, idem, fault.kind)
            await send_reply(send, Reply(status, text=page, media="text/html; charset=utf-8"))
        else:
            request_id = self.state.new_request_id()
            code = _FAULT_CODES.get(status, "injected_fault")
            reply = self.state.error_reply(Problem(status, code, "Injected by the sandbox.", request_id=request_id))
            if fault.retry_after is not None:
                ra = fault.retry_after
                reply.headers["Retry-After"] = str(int(ra)) if float(ra).is_integer() else str(ra)
            self._record(method, path, op, status, idem, fault.kind)
            # An injected status is off-spec on purpose: not checked against the operation.
            await send_reply(send, self._finish(reply, None, request_id))


def _too_large(status: int, limit: int) -> Refused:
    return Refused(status, f"The request body is larger than {limit} bytes.", "body_too_large")


async def _drop(scope: Scope, receive: Receive, *, hard: bool) -> None:
    """Close the client connection: ``hard`` sends a TCP reset, otherwise a FIN after pending data."""
    transport: Any = scope.get("sandbox.transport")
    if transport is None:
        raise ConnectionResetError("sandbox fault: connection reset")
    if hard:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    for _ in range(50):
        try:
            message = await asyncio.wait_for(receive(), 0.1)
        except TimeoutError:
            continue
        if message["type"] == "http.disconnect":
            return
