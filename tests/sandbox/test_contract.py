"""Every operation of every spec is routed, and every response (errors included) validates (openapi-core)."""

from __future__ import annotations

import random

import httpx
from sandbox_helpers import build_request, check_response

from facade.sandbox import Sandbox


def _walk_order(sb: Sandbox) -> list:  # type: ignore[type-arg]
    ops = list(sb.state.spec.operations.values())
    return sorted(ops, key=lambda o: (o.method == "DELETE", o.method != "GET", o.op_id))


def test_every_operation_answers_with_a_valid_success(sb: Sandbox, provider_name: str) -> None:
    rng = random.Random(1)
    statuses = {}
    with httpx.Client(base_url=sb.base_url) as client:
        for op in _walk_order(sb):
            response = client.request(**build_request(sb, op, rng))
            statuses[op.op_id] = response.status_code
            check_response(provider_name, op, response)
    failed = {k: v for k, v in statuses.items() if v >= 300}
    assert not failed, failed
    assert {r.operation for r in sb.requests} == set(sb.state.spec.operations)


def test_auth_failures_validate(sb: Sandbox, provider_name: str) -> None:
    rng = random.Random(2)
    with httpx.Client(base_url=sb.base_url) as client:
        for op in sb.state.spec.operations.values():
            if not op.security:
                continue
            request = build_request(sb, op, rng)
            request["headers"] = {k: v for k, v in request["headers"].items() if k == "Content-Type"}
            missing = client.request(**request)
            assert missing.status_code == sb.state.provider.auth_status, op.op_id
            check_response(provider_name, op, missing)


def test_validation_errors_validate(sb: Sandbox, provider_name: str) -> None:
    rng = random.Random(3)
    checked = 0
    with httpx.Client(base_url=sb.base_url) as client:
        for op in sb.state.spec.operations.values():
            request = build_request(sb, op, rng)
            if op.body_pointer:
                request["content"] = "[1, 2"
                malformed = client.request(**request)
                assert malformed.status_code == sb.state.provider.malformed_status, op.op_id
                check_response(provider_name, op, malformed)
                request["content"] = "[]"
            elif any(p.location == "query" and p.schema.get("type") == "integer" for p in op.params):
                name = next(p.name for p in op.params if p.location == "query" and p.schema.get("type") == "integer")
                request["params"] = {**request["params"], name: "not-a-number"}
            else:
                continue
            response = client.request(**request)
            assert response.status_code == sb.state.provider.validation_status, (op.op_id, response.text)
            check_response(provider_name, op, response)
            checked += 1


def test_unknown_ids_answer_404_in_the_provider_shape(sb: Sandbox, provider_name: str) -> None:
    rng = random.Random(4)
    checked = 0
    with httpx.Client(base_url=sb.base_url) as client:
        for op in sb.state.spec.operations.values():
            routed = sb.state.routes.get(op.op_id)
            if not routed or routed[1] not in ("get", "update", "delete") or "404" not in op.responses:
                continue
            request = build_request(sb, op, rng)
            res = routed[0]
            real = sb.state.store.collection(res.name).ids()[0]
            fake = str(sb.state.spec.synth(next(p.schema for p in op.params if p.name == res.id_param),
                                           random.Random(99)))  # fmt: skip
            fake = fake if fake != real else fake[:-1] + ("0" if fake[-1] != "0" else "1")
            request["url"] = request["url"].replace(real, fake)
            response = client.request(**request)
            assert response.status_code == 404, (op.op_id, response.text)
            check_response(provider_name, op, response)
            checked += 1
