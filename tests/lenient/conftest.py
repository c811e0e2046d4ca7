"""Lenient parsing tests: helpers to parse a body the way call() does, and the mutation tally.

``parse`` hands a real ``httpx.Response`` to the client's parse step (generated ``_build_response``
+ the deviation tracker), exactly what ``call()`` does with what its transport returns; the
end-to-end tests prove the same over TCP against servers on 127.0.0.1.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

import facade

# Per provider: (response schemas, payloads, mutations tried, lenient parses, strict errors checked).
TALLY: dict[str, list[int]] = {}
FIELD_PREFIX = "field_"  # openapi-python-client's default, which no generator.yaml of ours changes


def client(provider: str, strict: bool) -> facade.Client:
    return facade.connect(
        provider,  # type: ignore[arg-type]  # also the toy providers of this suite's own generated/
        api_key="test-key",
        base_url="http://127.0.0.1:9",
        strict=strict,
    )


def response(status: int, body: Any) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = httpx.Request("GET", "http://127.0.0.1:9/")
    return httpx.Response(status, content=content, headers={"content-type": "application/json"}, request=request)


def parse(cli: facade.Client, operation: str, status: int, body: Any) -> Any:
    """What ``cli.call(operation)`` returns for a ``status`` answer carrying ``body``."""
    op = cli._provider.operation(operation)
    return cli._parse(op, op.module(), response(status, body))


def read(parsed: Any, path: tuple[str | int, ...]) -> Any:
    """The value at a JSON path, read on the parsed models (attributes, list items, additional properties)."""
    node = parsed
    for part in path:
        if isinstance(part, str) and hasattr(type(node), "__attrs_attrs__"):
            name = str(PythonIdentifier(part, FIELD_PREFIX))
            node = getattr(node, name) if name in _fields(node) else node.additional_properties[part]
        else:
            node = node[part]
    return node


def _fields(model: Any) -> set[str]:
    return {f.name for f in type(model).__attrs_attrs__}


def plain(value: Any) -> Any:
    """A parsed result back as JSON values (models through to_dict())."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


@pytest.fixture
def no_strict_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default a user gets: no $FACADE_STRICT (tests/conftest.py sets it for everything else)."""
    monkeypatch.delenv("FACADE_STRICT", raising=False)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY:
        return
    terminalreporter.section("lenient parsing: mutation matrix")
    terminalreporter.write_line(
        f"{'provider':<11} {'schemas':>7} {'payloads':>8} {'mutations':>9} {'lenient ok':>10} {'strict ok':>9}"
    )
    for provider, (schemas, payloads, tried, lenient, strict) in sorted(TALLY.items()):
        terminalreporter.write_line(f"{provider:<11} {schemas:>7} {payloads:>8} {tried:>9} {lenient:>10} {strict:>9}")
