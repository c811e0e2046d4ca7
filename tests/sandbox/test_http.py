"""What a sandbox does with requests a client should not send: found by fuzzing, each answered on purpose.

Every answer below comes in the provider's own error format and is in the request log.
"""

from __future__ import annotations

import json
import random
import re
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from facade.sandbox import Problem, Sandbox, serve
from facade.sandbox._checks import MAX_DEPTH
from facade.sandbox._spec import Operation

from .sandbox_helpers import auth_headers, build_request, check_response


def _with_body(sb: Sandbox) -> Operation:
    return next(op for op in sb.state.spec.operations.values() if op.body_pointer)


def _raw(sb: Sandbox, request: bytes, timeout: float = 5.0) -> bytes:
    """Send raw bytes over one connection; everything the server answers until it closes or goes quiet."""
    host, port = sb.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(request)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks) and _complete(b"".join(chunks)):
                    break
        except TimeoutError:
            pass
        return b"".join(chunks)


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    length = re.search(rb"(?i)content-length: (\d+)", head)
    return length is not None and len(body) >= int(length.group(1))


def test_json_nested_deeper_than_the_limit_is_a_malformed_body_in_the_provider_format(
    sb: Sandbox, provider_name: str
) -> None:
    op = _with_body(sb)
    request = build_request(sb, op, random.Random(5))
    with httpx.Client(base_url=sb.base_url) as client:
        for depth in (MAX_DEPTH + 1, 1_000, 100_000):  # parsed and refused, then too deep for the parser itself
            request["content"] = "[" * depth + "]" * depth
            response = client.request(**request)
            assert response.status_code == sb.state.provider.statuses.malformed, (depth, response.text)
            assert response.headers["content-type"] == "application/json"
            check_response(provider_name, op, response)
    assert [r.status for r in sb.requests][-3:] == [sb.state.provider.statuses.malformed] * 3


def test_a_body_that_is_not_json_is_415_where_the_operation_takes_json(sb: Sandbox) -> None:
    op = _with_body(sb)
    request = build_request(sb, op, random.Random(6))
    request["headers"] = {**request["headers"], "Content-Type": "text/plain"}
    with httpx.Client(base_url=sb.base_url) as client:
        response = client.request(**request)
    assert response.status_code == 415, response.text
    assert response.json() == sb.state.provider.error_body(_problem(sb, 415, response)), response.text
    assert sb.requests[-1].status == 415 and sb.requests[-1].operation == op.op_id


def _problem(sb: Sandbox, status: int, response: httpx.Response) -> Problem:
    """The problem the sandbox wrote, rebuilt from the answer's message (for an exact body comparison)."""
    op = _with_body(sb)
    takes = ", ".join(op.body_media)
    message = f"Unsupported media type 'text/plain': send {takes}."
    request_id = response.headers.get(sb.state.spec.errors.get("request_id_header") or "x-none", "")
    body = response.json()
    if isinstance(body, dict) and isinstance(body.get("request_id"), str):
        request_id = body["request_id"]
    return Problem(status, "unsupported_media", message, request_id=request_id)


@pytest.fixture
def small() -> Iterator[Sandbox]:
    with Sandbox("cloudapi", seed=1, max_body=1024, log_size=5, header_timeout=0.3) as sb:
        yield sb


def test_a_body_over_the_limit_is_413_before_it_is_read(small: Sandbox) -> None:
    session = {
        "Authorization": f"Bearer {small.credentials['DashboardSessionAuth']}",
        "Content-Type": "application/json",
    }
    big = json.dumps({"name": "x" * 2048, "project_id": "proj_8f2c4"}).encode()
    with httpx.Client(base_url=small.base_url, headers=session) as client:
        assert client.post("/v1/keys", content=big).status_code == 413

        def chunks() -> Iterator[bytes]:  # no Content-Length: the sandbox counts as it reads
            for _ in range(3):
                yield big

        streamed = client.post("/v1/keys", content=chunks())
    assert streamed.status_code == 413 and streamed.json()["error"]["code"] == "body_too_large"
    # A declared length over the limit is answered at once: the body is never sent at all here.
    head = (
        b"POST /v1/keys HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
        b"Authorization: Bearer " + small.credentials["DashboardSessionAuth"].encode() + b"\r\n"
        b"Content-Length: 100000000\r\n\r\n"
    )
    answer = _raw(small, head)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert [r.status for r in small.requests][-3:] == [413, 413, 413]


def test_the_request_log_keeps_the_last_requests_only(small: Sandbox) -> None:
    with httpx.Client(base_url=small.base_url, headers={"Authorization": f"Bearer {small.api_key}"}) as client:
        for n in range(8):
            client.get("/v1/users", params={"limit": n + 1})
    kept = small.requests
    assert len(kept) == 5 and small.state.log.dropped == 3
    assert [r.path for r in kept] == ["/v1/users"] * 5
    log = httpx.get(f"{small.base_url}/__sandbox__/requests").json()
    assert len(log) == 5


def test_a_client_too_slow_to_send_its_headers_is_disconnected(small: Sandbox) -> None:
    host, port = small.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"GET /v1/usage HTTP/1.1\r\nHost: sandbox\r\n")  # and never the blank line
        started = time.monotonic()
        assert sock.recv(1024) == b""  # closed by the server, not by our timeout
        assert time.monotonic() - started < 9
    # A client that sends its request in time is served as usual.
    headers = {"Authorization": f"Bearer {small.api_key}"}
    assert httpx.get(f"{small.base_url}/v1/usage", headers=headers).status_code == 200


@pytest.fixture
def cloud() -> Iterator[Sandbox]:
    with serve("cloudapi", seed=1, check_responses=True) as sb:
        assert isinstance(sb, Sandbox)
        yield sb


def test_path_parameters_are_decoded_one_by_one(cloud: Sandbox) -> None:
    key = {"Authorization": f"Bearer {cloud.api_key}"}
    user = cloud.items("users")[0]["id"]
    # An id holding an encoded slash or dot segments stays one id: it can never reach another route.
    for sneaky in (f"{user}%2F..%2F..%2Fusage", "..", "%2E%2E", f"{user}%2Fkeys", "."):
        head = f"GET /v1/users/{sneaky} HTTP/1.1\r\nHost: sandbox\r\nAuthorization: {key['Authorization']}\r\n\r\n"
        answer = _raw(cloud, head.encode())
        assert answer.startswith(b"HTTP/1.1 404 "), (sneaky, answer[:300])
        assert cloud.requests[-1].operation == "getUser", sneaky
    assert httpx.get(f"{cloud.base_url}/v1/users/{user}", headers=key).status_code == 200
    assert cloud.violations == []


def test_405_names_the_methods_the_path_allows(sb: Sandbox) -> None:
    op = next(o for o in sb.state.spec.operations.values() if "{" not in o.path)
    taken = {o.method for o in sb.state.spec.operations.values() if o.path == op.path}
    method = next(m for m in ("PUT", "PATCH", "DELETE", "POST", "GET") if m not in taken)
    with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
        response = client.request(method, op.path)
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == taken
    assert response.json()  # the provider's error body
    assert sb.requests[-1].status == 405


def test_a_malformed_path_parameter_answers_a_status_the_operation_declares(sb: Sandbox) -> None:
    checked = 0
    with httpx.Client(base_url=sb.base_url) as client:
        for op in sb.state.spec.operations.values():
            param = next((p for p in op.params if p.location == "path" and _restricted(p.schema)), None)
            if param is None:
                continue
            request = build_request(sb, op, random.Random(7))
            bad = op.path.replace("{" + param.name + "}", "not-valid-%21")
            for other in op.params:
                if other.location == "path" and other is not param:
                    bad = bad.replace(
                        "{" + other.name + "}",
                        request["url"].split("/")[op.path.split("/").index("{" + other.name + "}")],
                    )
            response = client.request(**{**request, "url": bad})
            assert op.declares(response.status_code), (op.op_id, response.status_code)
            assert response.status_code in (400, 404, 422)
            checked += 1
    restricted = [p for op in sb.state.spec.operations.values() for p in op.params if p.location == "path"]
    assert checked or not any(_restricted(p.schema) for p in restricted)  # castai's ids are plain strings


def _restricted(schema: dict[str, object]) -> bool:
    return schema.get("type") == "integer" or "format" in schema or "pattern" in schema


def test_formats_are_checked() -> None:
    with serve("castai", seed=1) as sb, httpx.Client(base_url=sb.base_url, headers={"X-API-Key": sb.api_key}) as client:
        never = client.post("/v1/auth/tokens", json={"name": "ci", "readonly": False, "expiresAt": "tomorrow"})
        assert never.status_code == 400
        assert never.json()["fieldViolations"][0]["field"] == "expiresAt"
        cluster = client.get("/v1/kubernetes/external-clusters").json()["items"][0]["id"]
        huge = client.post(f"/v1/kubernetes/clusters/{cluster}/rebalancing-plans", json={"minNodes": 2**31})
        assert huge.status_code == 400 and huge.json()["fieldViolations"][0]["field"] == "minNodes"
        when = client.get(
            f"/v1/cost-reports/clusters/{cluster}/cost", params={"startTime": "yesterday", "endTime": "now"}
        )
        assert when.status_code == 400 and when.json()["fieldViolations"][0]["field"] == "startTime"
