"""The generic, spec-driven ASGI app: routing, auth, validation, idempotency, faults, request log."""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import socket
import struct
import threading
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from starlette.datastructures import Headers, QueryParams

from ._engine import Engine, NotFound, ValidationFailed, get_at, segments
from ._faults import Fault, Faults
from ._provider import Ctx, Issue, Item, Problem, Provider, Reply, Resource
from ._spec import Operation, Param, Spec
from ._store import Collection, RequestRecord, Store, Synthetic

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CONTROL_PREFIX = "/__sandbox__"
_FAULT_CODES = {429: "rate_limited", 500: "internal_error", 502: "bad_gateway", 503: "service_unavailable"}
_HTML = (
    "<!DOCTYPE html><html><head><title>{status} {reason}</title></head><body><center><h1>{status} {reason}"
    "</h1></center><hr><center>nginx</center></body></html>"
)
# Collections larger than this (scale knob) are made on demand, LAZY_BLOCK items at a time.
LAZY_ITEMS = 20_000
LAZY_BLOCK = 1_000
_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Timeout",
}


class SandboxState:
    """Everything one provider's sandbox holds: spec, seeded store, valid credentials, faults, log."""

    def __init__(self, provider: Provider, spec: Spec, *, seed: int = 0, scale: float = 1.0) -> None:
        self.provider, self.spec, self.seed, self.scale = provider, spec, seed, scale
        self.rng = random.Random(f"{provider.name}:{seed}:runtime")
        self.credentials: dict[str, str] = provider.credentials(random.Random(f"{provider.name}:{seed}:keys"))
        self.valid: dict[str, dict[str, Item]] = {}
        self.faults = Faults()
        self.log: list[RequestRecord] = []
        self.log_lock = threading.Lock()
        self.violations: list[str] = []
        self.check_responses = False
        self.base_url = ""
        self.request_path = ""
        self.routes: dict[str, tuple[Resource, str]] = {}
        for res in provider.resources:
            for op_id, action in res.operations.items():
                self.routes[op_id] = (res, action)
        self.store = Store({res.name: self._seeder(res) for res in provider.resources})
        self._reset_credentials()

    def _reset_credentials(self) -> None:
        self.valid = {scheme: {} for scheme in self.spec.schemes}
        for scheme, value in self.credentials.items():
            self.valid.setdefault(scheme, {})[value] = {}

    def _seeder(self, res: Resource) -> Callable[[], Iterable[tuple[str, Item]] | Collection]:
        def make(rng: random.Random, base: str, start: int, stop: int) -> list[tuple[str, Item]]:
            assert res.seed is not None
            out = []
            for i in range(start, stop):
                item = json.loads(base)
                # Item 0 keeps the spec example's id, so the spec's own examples address a real item.
                if i or res.id_field not in item:
                    item[res.id_field] = res.new_id(rng)
                item.update(res.seed(rng, i))
                out.append((str(item[res.id_field]), item))
            return out

        def seed() -> Iterable[tuple[str, Item]] | Collection:
            if res.seed is None or not res.count:
                return []
            rng = random.Random(f"{self.provider.name}:{self.seed}:{res.name}")
            base = json.dumps(self.spec.synth(self.spec.at(f"#/components/schemas/{res.schema}"), rng))
            count = max(1, int(res.count * self.scale))
            if count <= LAZY_ITEMS:
                return make(rng, base, 0, count)

            # A huge scale: items are made per block, on demand, each block from its own seed.
            def block(number: int) -> list[tuple[str, Item]]:
                start = number * LAZY_BLOCK
                block_rng = random.Random(f"{self.provider.name}:{self.seed}:{res.name}:{number}")
                return make(block_rng, base, start, min(count, start + LAZY_BLOCK))

            return Synthetic(count, block, LAZY_BLOCK)

        return seed

    def reset(self) -> None:
        """Back to the seeded state: store, credentials, faults and request log."""
        self.store.reset()
        self.faults.clear()
        with self.log_lock:
            self.log.clear()
        self.violations.clear()
        self._reset_credentials()

    def add_credential(self, scheme: str, value: str, **meta: Any) -> None:
        """Make ``value`` a valid credential for ``scheme`` (a minted or created key)."""
        self.valid.setdefault(scheme, {})[value] = meta

    def revoke_credential(self, scheme: str, value: str) -> None:
        """Make ``value`` stop working for ``scheme``."""
        self.valid.get(scheme, {}).pop(value, None)

    def new_request_id(self) -> str:
        if self.provider.request_id:
            return self.provider.request_id(self.rng)
        return f"{self.rng.getrandbits(64):016x}"

    def error_reply(self, problem: Problem) -> Reply:
        """``problem`` in the provider's error shape, with its request id where the provider has one."""
        headers = dict(self.provider.extra_headers.get(problem.status, {}))
        return Reply(problem.status, self.provider.error_body(problem), headers)


def _presented(scheme: dict[str, Any], headers: Headers, query: QueryParams) -> str | None:
    if scheme.get("type") == "http":
        value = headers.get("authorization")
        if value is None:
            return None
        kind, _, token = value.partition(" ")
        wanted = str(scheme.get("scheme", "bearer")).lower()
        return token.strip() if kind.lower() == wanted else ""
    if scheme.get("type") == "apiKey":
        name = scheme.get("name", "")
        where = scheme.get("in")
        if where == "header":
            return headers.get(name)
        if where == "query":
            return query.get(name)
    return None


def _coerce(param: Param, raw: list[str]) -> Any:
    schema = param.schema
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        values = raw if param.explode else [p for v in raw for p in v.split(",")]
        item_kind = (schema.get("items") or {}).get("type")
        return [_scalar(item_kind, v) for v in values]
    return _scalar(kind, raw[-1])


def _scalar(kind: Any, value: str) -> Any:
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _issues(errors: Iterable[Any], prefix: tuple[str | int, ...]) -> list[Issue]:
    out = []
    for error in errors:
        loc: tuple[str | int, ...] = (*prefix, *error.absolute_path)
        kind = str(error.validator)
        if kind == "required" and isinstance(error.instance, dict):
            missing = [r for r in error.validator_value if r not in error.instance]
            loc = (*loc, *missing[:1])
            kind = "missing"
        out.append(Issue(loc, str(error.message), kind))
    return out


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
        path: str = scope["path"]
        if path.startswith(CONTROL_PREFIX):
            from ._control import control

            await self._send(send, await control(self.state, scope, receive), scope)
            return
        method: str = scope["method"]
        op, path_params, known = self.state.spec.match(method, path)
        fault = self.state.faults.take(op.op_id if op else None, path)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and not fault.only_delay:
            await self._fault(fault, scope, receive, send, op, path_params, known)
            return
        reply, idem = await self._handle(scope, receive, op, path_params, known)
        # Recorded before sending: a client that got its answer must find its request in the log.
        self._record(method, path, op, reply.status, idem, None)
        await self._send(send, reply, scope)

    def _record(
        self, method: str, path: str, op: Operation | None, status: int, idem: str | None, fault: str | None
    ) -> None:
        with self.state.log_lock:
            self.state.log.append(RequestRecord(method, path, op.op_id if op else None, status, idem, fault))

    # -- serving one request ----------------------------------------------------------------
    async def _handle(
        self, scope: Scope, receive: Receive, op: Operation | None, path_params: dict[str, str], known: bool
    ) -> tuple[Reply, str | None]:
        state = self.state
        headers = Headers(scope=scope)
        query = QueryParams(scope.get("query_string", b""))
        request_id = state.new_request_id()
        if op is None:
            status, code = (405, "method_not_allowed") if known else (404, "not_found")
            text = "Method not allowed." if known else f"Unrecognized request URL ({scope['method']} {scope['path']})."
            return self._finish(
                state.error_reply(Problem(status, code, text, request_id=request_id)), None, request_id
            ), None
        idem_header = (op.idempotency or {}).get("header")
        idem = headers.get(idem_header) if idem_header else None
        ctx = Ctx(state, op, path_params, {}, headers, None, request_id)
        state.request_path = scope["path"]
        reply = self._authenticate(ctx, query)
        if reply is None:
            raw = await _read_body(receive)
            reply = self._validate(ctx, query, raw)
            if reply is None and idem is not None:
                digest = hashlib.sha256(raw).hexdigest()
                with state.store.lock:
                    seen = state.store.idempotency.get((op.op_id, idem))
                if seen is not None:
                    if seen[0] != digest:
                        return self._finish(ctx.problem(
                            state.provider.conflict_status, "idempotency_key_reused",
                            "This Idempotency-Key was used with a different request body.",
                        ), op, request_id), idem  # fmt: skip
                    return Reply(seen[1], json.loads(seen[2]) if seen[2] else None, dict(seen[3])), idem
            if reply is None and state.provider.authorize:
                reply = state.provider.authorize(ctx)
            if reply is None:
                reply = self._finish(self._dispatch(ctx), op, request_id)
                if idem is not None and reply.status < 500:
                    encoded = json.dumps(reply.body).encode() if reply.body is not None else b""
                    with state.store.lock:
                        state.store.idempotency[(op.op_id, idem)] = (
                            hashlib.sha256(raw).hexdigest(), reply.status, encoded, dict(reply.headers),
                        )  # fmt: skip
                return reply, idem
        return self._finish(reply, op, request_id), idem

    def _authenticate(self, ctx: Ctx, query: QueryParams) -> Reply | None:
        op, state = ctx.op, self.state
        if not op.security or any(not req for req in op.security):
            return None
        presented_any = False
        for requirement in op.security:
            ok = True
            for scheme_name in requirement:
                value = _presented(state.spec.schemes.get(scheme_name, {}), ctx.headers, query)
                presented_any = presented_any or value is not None
                if value is None or value not in state.valid.get(scheme_name, {}):
                    ok = False
                    break
                ctx.credential = (scheme_name, value)
            if ok:
                return None
        reason = "missing" if not presented_any else "invalid"
        if presented_any:
            for scheme_name, values in state.valid.items():
                value = _presented(state.spec.schemes.get(scheme_name, {}), ctx.headers, query)
                if value and value in values:
                    reason = "wrong_scheme"
                    ctx.credential = (scheme_name, value)
        if state.provider.auth_error:
            custom = state.provider.auth_error(ctx, reason)
            if custom is not None:
                return custom
        message = {"missing": "No API key provided.", "invalid": "The API key provided is not valid."}.get(
            reason, "This credential cannot be used for this operation."
        )
        return ctx.problem(
            state.provider.auth_status, "invalid_api_key" if reason != "missing" else "missing_api_key", message
        )

    def _validate(self, ctx: Ctx, query: QueryParams, raw: bytes) -> Reply | None:
        op, spec, provider = ctx.op, self.state.spec, self.state.provider
        issues: list[Issue] = []
        for param in op.params:
            if param.location == "path":
                value: Any = _scalar(param.schema.get("type"), ctx.path_params.get(param.name, ""))
                ctx.path_params[param.name] = str(value) if not isinstance(value, str) else value
            elif param.location == "query":
                raw_values = query.getlist(param.name)
                value = _coerce(param, raw_values) if raw_values else None
                ctx.query[param.name] = value
            elif param.location == "header":
                value = ctx.headers.get(param.name)
            else:
                continue
            if value is None:
                if param.required:
                    issues.append(Issue((param.location, param.name), "Field required", "missing"))
                continue
            issues += _issues(spec.validator(param.pointer).iter_errors(value), (param.location, param.name))
        if op.body_pointer is not None:
            if not raw.strip():
                if op.body_required:
                    issues.append(Issue(("body",), "Field required", "missing"))
            else:
                try:
                    ctx.body = json.loads(raw)
                except ValueError:
                    return ctx.problem(
                        provider.malformed_status, "malformed_json", "The request body could not be parsed as JSON."
                    )
                issues += _issues(spec.validator(op.body_pointer).iter_errors(ctx.body), ("body",))
        if issues:
            return self._invalid(ctx, issues)
        return None

    def _invalid(self, ctx: Ctx, issues: list[Issue] | tuple[Issue, ...]) -> Reply:
        first = issues[0]
        param = next((str(p) for p in reversed(first.loc) if isinstance(p, str) and p not in ("body",)), None)
        where = ".".join(str(p) for p in first.loc[1:]) or first.loc[0]
        return self.state.error_reply(Problem(
            self.state.provider.validation_status, "parameter_invalid", f"{where}: {first.msg}", param,
            tuple(issues), ctx.request_id,
        ))  # fmt: skip

    def _dispatch(self, ctx: Ctx) -> Reply:
        state = self.state
        res, action = state.routes.get(ctx.op.op_id, (None, None))
        try:
            with state.store.lock:
                handler = state.provider.handlers.get(ctx.op.op_id)
                reply = handler(ctx) if handler else None
                if reply is None:
                    reply = Engine(ctx, res, action).run()
        except ValidationFailed as exc:
            return self._invalid(ctx, exc.issues)
        except NotFound as exc:
            return self.state.error_reply(
                Problem(404, "resource_not_found", str(exc), exc.param, request_id=ctx.request_id)
            )
        return reply

    def _finish(self, reply: Reply, op: Operation | None, request_id: str) -> Reply:
        if self.request_id_header:
            reply.headers.setdefault(self.request_id_header, request_id)
        if self.request_id_path and isinstance(reply.body, dict):
            pointer = op.response_pointer(reply.status) if op else None
            if pointer is None or self._has_request_id(pointer):
                parts = segments(self.request_id_path)
                if len(parts) == 1:
                    reply.body[parts[0]] = request_id
        if self.state.check_responses and op is not None:
            self._check(reply, op)
        return reply

    def _has_request_id(self, pointer: str) -> bool:
        found = self._wants_request_id.get(pointer)
        if found is None:
            node, _ = self.state.spec.resolve(self.state.spec.at(pointer), pointer)
            parts = segments(self.request_id_path or "$")
            found = bool(parts) and parts[0] in (node.get("properties") or {})
            self._wants_request_id[pointer] = found
        return found

    def _check(self, reply: Reply, op: Operation) -> None:
        pointer = op.response_pointer(reply.status)
        if str(reply.status) not in op.responses and "default" not in op.responses:
            self.state.violations.append(f"{op.op_id}: status {reply.status} not declared")
        elif pointer is not None and reply.text is None:
            for error in self.state.spec.validator(pointer).iter_errors(reply.body):
                self.state.violations.append(
                    f"{op.op_id} {reply.status}: {error.message} at {list(error.absolute_path)}"
                )

    # -- encoding ---------------------------------------------------------------------------
    @staticmethod
    def _encode(reply: Reply) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        if reply.text is not None:
            body = reply.text.encode()
        elif reply.body is None:
            body = b""
        else:
            body = json.dumps(reply.body, separators=(",", ":")).encode()
        headers = [(k.lower().encode(), str(v).encode()) for k, v in reply.headers.items()]
        if body or reply.text is not None:
            headers.append((b"content-type", reply.media.encode()))
        headers.append((b"content-length", str(len(body)).encode()))
        return body, headers

    async def _send(self, send: Send, reply: Reply, scope: Scope) -> None:
        body, headers = self._encode(reply)
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    # -- faults -----------------------------------------------------------------------------
    async def _fault(
        self, fault: Fault, scope: Scope, receive: Receive, send: Send,
        op: Operation | None, path_params: dict[str, str], known: bool,
    ) -> None:  # fmt: skip
        method, path = scope["method"], scope["path"]
        status = fault.status or 503
        # The log shows the idempotency key a faulted request carried too (retries reuse it).
        idem_header = (op.idempotency or {}).get("header") if op is not None else None
        idem = Headers(scope=scope).get(idem_header) if idem_header else None
        if fault.kind != "truncate":
            if fault.after:
                # The operation runs (a create creates) and then its answer is lost to the fault.
                _, idem = await self._handle(scope, receive, op, path_params, known)
            else:
                await _read_body(receive)
        if fault.kind == "reset":
            self._record(method, path, op, 0, idem, fault.kind)
            await _drop(scope, receive, hard=True)
            return
        elif fault.kind == "truncate":
            reply, idem = await self._handle(scope, receive, op, path_params, known)
            body, headers = self._encode(reply)
            headers = [(k, v) for k, v in headers if k != b"content-length"]
            headers.append((b"content-length", str(len(body) + 64).encode()))
            self._record(method, path, op, reply.status, idem, fault.kind)
            await send({"type": "http.response.start", "status": reply.status, "headers": headers})
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            await _drop(scope, receive, hard=False)
            return
        elif fault.kind == "malformed":
            status = 200
            self._record(method, path, op, status, idem, fault.kind)
            await self._send(send, Reply(200, text='{"data": [{"id": "broken", ', media="application/json"), scope)
        elif fault.kind == "html":
            page = _HTML.format(status=status, reason=_REASONS.get(status, "Error"))
            self._record(method, path, op, status, idem, fault.kind)
            await self._send(send, Reply(status, text=page, media="text/html; charset=utf-8"), scope)
        else:
            request_id = self.state.new_request_id()
            reply = self.state.error_reply(Problem(
                status, _FAULT_CODES.get(status, "injected_fault"), "Injected by the sandbox.", request_id=request_id,
            ))  # fmt: skip
            if fault.retry_after is not None:
                ra = fault.retry_after
                reply.headers["Retry-After"] = str(int(ra)) if float(ra).is_integer() else str(ra)
            self._record(method, path, op, status, idem, fault.kind)
            # An injected status is off-spec on purpose: not checked against the operation.
            await self._send(send, self._finish(reply, None, request_id), scope)


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks)


async def _drop(scope: Scope, receive: Receive, *, hard: bool) -> None:
    """Close the client connection: ``hard`` sends a TCP reset, otherwise a FIN after pending data."""
    transport = scope.get("sandbox.transport")
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


__all__ = ["SandboxApp", "SandboxState", "get_at"]
