"""End to end over TCP: one bent item in a 250-item listing, through paginate, sync, async and the CLI.

Lenient (the default), every item arrives, the bent one as sent; the deviation is logged once (with
its path, never its value) and counted on the client. Strict, the page that carries it raises
DecodeError naming provider, operation, path, expected and got.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import facade

from ._server import deployment, listing

SECRET_LOOKING = "sk_live_0123456789abcdef"  # a value that must never reach a log line or an error
ITEMS = 250
BAD = 137  # the second page (100 per page, numbered from 1), row 37 of it
KEY = ("listDeployments", "$.data.deployments[*].status", "enum")


def _items(**bent: Any) -> list[Any]:
    items = [deployment(n) for n in range(ITEMS)]
    items[BAD] = {**items[BAD], **bent}
    return items


def test_paginate_yields_every_item_and_logs_the_bent_one_once(
    no_strict_env: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="facade")
    with listing(_items(status=SECRET_LOOKING)) as url, facade.connect("ionet", api_key="k", base_url=url) as io:
        assert io.strict is False
        first = io.paginate("listDeployments", limit=100).to_list()
        again = io.paginate("listDeployments", limit=100).to_list()
        counts = io.deviations
    assert len(first) == len(again) == ITEMS
    assert [d.name for d in first] == [f"job-{n}" for n in range(ITEMS)]
    kept = first[BAD].status
    assert kept == SECRET_LOOKING and isinstance(kept, type(first[0].status))
    assert "not in the spec" in repr(kept)
    assert first[BAD].to_dict()["status"] == SECRET_LOOKING
    assert counts == {KEY: 2}
    warnings = [r for r in caplog.records if r.name == "facade" and r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    message = warnings[0].getMessage()
    assert "ionet.listDeployments: $.data.deployments[37].status: expected one of 'unpaid'" in message
    assert "got a string the spec does not list" in message
    assert SECRET_LOOKING not in caplog.text


@pytest.mark.parametrize(
    ("bent", "kind", "expected"),
    [
        ({"status": "paused"}, "enum", "one of 'unpaid'"),
        ({"id": "dep-137"}, "format", "a uuid string"),
        ({"hardware_quantity": None}, "null", "an integer"),
        ({"name": None}, "null", "a string"),
    ],
)
def test_strict_raises_on_the_page_that_carries_it(bent: dict[str, Any], kind: str, expected: str) -> None:
    field = next(iter(bent))
    with listing(_items(**bent)) as url, facade.connect("ionet", api_key="k", base_url=url, strict=True) as io:
        pages = io.paginate("listDeployments", limit=100).pages()
        assert len(next(pages).items) == 100  # the first page is fine
        with pytest.raises(facade.DecodeError) as info:
            next(pages)  # the second carries it
    err = info.value
    assert err.provider == "ionet" and err.operation == "listDeployments" and err.status_code == 200
    (deviation,) = err.deviations
    assert (deviation.path, deviation.kind) == (f"$.data.deployments[37].{field}", kind)
    assert deviation.pattern == f"$.data.deployments[*].{field}"
    assert expected in deviation.expected
    assert str(err).startswith(f"ionet.listDeployments: the 200 body does not match the spec: {deviation.path}: ")


def test_a_missing_required_field_is_unset_and_left_out_of_to_dict(no_strict_env: None) -> None:
    items = _items()
    del items[BAD]["name"]
    with listing(items) as url, facade.connect("ionet", api_key="k", base_url=url) as io:
        got = io.paginate("listDeployments", limit=100).to_list()
        counts = io.deviations
    assert len(got) == ITEMS
    assert type(got[BAD].name).__name__ == "Unset" and not got[BAD].name
    assert "name" not in got[BAD].to_dict()
    assert counts == {("listDeployments", "$.data.deployments[*].name", "missing"): 1}


@pytest.mark.parametrize("data", [[deployment(0)], "none", None])
def test_an_envelope_of_the_wrong_type_is_a_decode_error_even_lenient(no_strict_env: None, data: Any) -> None:
    """The item list cannot be found: never an empty listing that looks like a real one."""
    with listing([], envelope={"data": data}) as url, facade.connect("ionet", api_key="k", base_url=url) as io:
        with pytest.raises(facade.DecodeError, match=r"no item list at \$\.data\.deployments"):
            io.paginate("listDeployments").to_list()
        assert ("listDeployments", "$.data", "null" if data is None else "type") in io.deviations


def test_strict_comes_from_the_environment_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    with listing(_items(status="paused")) as url:
        monkeypatch.setenv("FACADE_STRICT", "1")
        with facade.connect("ionet", api_key="k", base_url=url) as io, pytest.raises(facade.DecodeError):
            io.paginate("listDeployments", limit=100).to_list()
        with facade.connect("ionet", api_key="k", base_url=url, strict=False) as io:
            assert len(io.paginate("listDeployments", limit=100).to_list()) == ITEMS
        monkeypatch.setenv("FACADE_STRICT", "off")
        with facade.connect("ionet", api_key="k", base_url=url) as io:
            assert io.strict is False
        monkeypatch.setenv("FACADE_STRICT", "maybe")
        with pytest.raises(facade.ConfigurationError, match=r"\$FACADE_STRICT='maybe' must be"):
            facade.connect("ionet", api_key="k", base_url=url)
        with pytest.raises(facade.ConfigurationError, match="strict= must be True, False or None"):
            facade.connect("ionet", api_key="k", base_url=url, strict="yes")  # type: ignore[arg-type]  # a wrong type, on purpose


async def test_async_paginate_yields_every_item(no_strict_env: None) -> None:
    with listing(_items(status="paused")) as url:
        async with facade.aconnect("ionet", api_key="k", base_url=url) as io:
            got = await io.paginate("listDeployments", limit=100).to_list()
            counts = io.deviations
        async with facade.aconnect("ionet", api_key="k", base_url=url, strict=True) as io:
            with pytest.raises(facade.DecodeError) as info:
                await io.paginate("listDeployments", limit=100).to_list()
    assert len(got) == ITEMS and got[BAD].status == "paused"
    assert counts == {KEY: 1}
    assert info.value.deviations[0].path == "$.data.deployments[37].status"


def _cli(url: str, strict: str, *args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "compute-clients"
    env = {**os.environ, "IOCLOUD_API_KEY": "k", "FACADE_STRICT": strict, "COLUMNS": "200"}
    cmd = [str(script), "ionet", "listDeployments", "--base-url", url, *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=False)


def test_the_cli_prints_the_kept_value_and_strict_fails_naming_the_path() -> None:
    with listing(_items(status=SECRET_LOOKING, id="dep-137")) as url:
        lenient = _cli(url, "0", "--all", "--output", "json")
        strict = _cli(url, "1", "--all", "--output", "json")
    assert lenient.returncode == 0, lenient.stderr
    rows = json.loads(lenient.stdout)
    assert len(rows) == ITEMS
    assert rows[BAD]["status"] == SECRET_LOOKING and rows[BAD]["id"] == "dep-137"
    assert strict.returncode == 1
    assert "$.data.deployments[37].id: expected a uuid string" in strict.stderr
    assert SECRET_LOOKING not in lenient.stderr + strict.stderr + strict.stdout


def test_threads_sharing_a_client_count_only_their_own_deviations(no_strict_env: None) -> None:
    """The generated code's counter is local to each thread: a clean listing is never walked for another's."""

    def run(client: facade.Client) -> int:
        return len(client.paginate("listDeployments", limit=50).to_list())

    with (
        listing(_items(status="paused")) as bent_url,
        listing(_items()) as clean_url,
        facade.connect("ionet", api_key="k", base_url=bent_url) as bent,
        facade.connect("ionet", api_key="k", base_url=clean_url) as clean,
        concurrent.futures.ThreadPoolExecutor(8) as pool,
    ):
        sizes = list(pool.map(run, [bent, clean] * 8))
        assert sizes == [ITEMS] * 16
        assert bent.deviations == {KEY: 8}
        assert clean.deviations == {}
