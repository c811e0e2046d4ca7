"""Every operation of every spec is routed, and every response (errors included) validates (openapi-core)."""

from __future__ import annotations

import random

import httpx

from facade.sandbox import Sandbox
from facade.sandbox._model import Delete, Get, Move, Update
from facade.sandbox._spec import Operation
from facade.sandbox._synth import synth

from .sandbox_helpers import build_request, check_response, existing_path


def _walk_order(sb: Sandbox) -> list[Operation]:
    """Reads, then other changes, then deletes: a DELETE, or an operation served as one (POST .../terminate)."""
    routes = sb.state.engine.routes

    def deletes(op: Operation) -> bool:
        return op.method == "DELETE" or isinstance(routes.get(op.op_id, (None, None))[1], Delete)

    return sorted(sb.state.spec.operations.values(), key=lambda o: (deletes(o), o.method != "GET", o.op_id))


# Operations whose request made from the spec alone the provider refuses, by a rule the spec cannot state.
REFUSED = {  # castai's reasons: specs/castai/NOTES.md, "What the spec cannot say"
    ("castai", "ExternalClusterAPI_RegisterCluster"): 400,  # exactly one provider block (a proto oneof)
    ("castai", "NodeTemplatesAPI_CreateNodeTemplate"): 400,  # a template needs its name (its key)
    ("castai", "ScheduledRebalancingAPI_CreateRebalancingJob"): 404,  # the body names a schedule: none is "x"
    ("castai", "ScheduledRebalancingAPI_UpdateRebalancingJob"): 404,  # the same
    ("castai", "ScheduledRebalancingAPI_UpdateRebalancingSchedule"): 404,  # ?id= names the schedule: none given
}


def test_every_operation_answers_with_a_valid_success(sb: Sandbox, provider_name: str) -> None:
    rng = random.Random(1)
    statuses = {}
    with httpx.Client(base_url=sb.base_url) as client:
        for op in _walk_order(sb):
            response = client.request(**build_request(sb, op, rng))
            statuses[op.op_id] = response.status_code
            check_response(provider_name, op, response)
    failed = {k: v for k, v in statuses.items() if v >= 300 and REFUSED.get((provider_name, k)) != v}
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
            assert missing.status_code == sb.state.provider.statuses.auth, op.op_id
            check_response(provider_name, op, missing)


def test_validation_errors_validate(sb: Sandbox, provider_name: str) -> None:
    rng = random.Random(3)
    statuses = sb.state.provider.statuses
    checked = 0
    with httpx.Client(base_url=sb.base_url) as client:
        for op in sb.state.spec.operations.values():
            request = build_request(sb, op, rng)
            if op.body_pointer:
                request["content"] = "[1, 2"
                malformed = client.request(**request)
                assert malformed.status_code == statuses.malformed, op.op_id
                check_response(provider_name, op, malformed)
                body = sb.state.spec.resolve(sb.state.spec.at(op.body_pointer))[0]
                request["content"] = "{}" if body.get("type") == "array" else "[]"  # the wrong JSON type
            elif any(p.location == "query" and p.schema.get("type") == "integer" for p in op.params):
                name = next(p.name for p in op.params if p.location == "query" and p.schema.get("type") == "integer")
                request["params"] = {**request["params"], name: "not-a-number"}
            else:
                continue
            response = client.request(**request)
            expected = statuses.validation if op.body_pointer else statuses.parameters or statuses.validation
            assert response.status_code == expected, (op.op_id, response.text)
            check_response(provider_name, op, response)
            checked += 1
    assert checked or not any(op.body_pointer for op in sb.state.spec.operations.values())


def test_unknown_ids_answer_404_in_the_provider_shape(sb: Sandbox, provider_name: str) -> None:
    rng = random.Random(4)
    engine = sb.state.engine
    checked = 0
    with httpx.Client(base_url=sb.base_url) as client:
        for op in sb.state.spec.operations.values():
            routed = engine.routes.get(op.op_id)
            if not routed or not isinstance(routed[1], Get | Update | Delete | Move) or "404" not in op.responses:
                continue
            res = routed[0]
            param = engine.id_params[res.name]
            real = existing_path(sb, op).get(param or "")
            if param is None or real is None:
                continue
            request = build_request(sb, op, rng)
            fake = str(synth(sb.state.spec, next(p.schema for p in op.params if p.name == param), random.Random(99)))
            taken = {str(i[res.id_field]) for i in sb.items(res.name)}
            fake = fake if fake not in taken else fake[:-1] + ("0" if fake[-1] != "0" else "1")
            request["url"] = request["url"].replace(f"/{real}", f"/{fake}")
            response = client.request(**request)
            assert response.status_code == 404, (op.op_id, response.text)
            check_response(provider_name, op, response)
            checked += 1
    assert checked or not any(isinstance(step, Get | Update | Delete | Move) for _, step in engine.routes.values())
