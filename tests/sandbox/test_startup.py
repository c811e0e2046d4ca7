"""Start-up of all sandboxes, the CLI, and the pytest fixture."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx

from facade.sandbox import Sandbox, SandboxGroup, available, serve


def test_all_start_quickly_and_answer() -> None:
    import facade.sandbox._app  # noqa: F401 - imports are not start-up

    started = time.perf_counter()
    group = serve("all", seed=1)
    assert isinstance(group, SandboxGroup)
    with group:
        elapsed = time.perf_counter() - started
        print(f"\nstart-up of {len(group)} sandboxes: {elapsed:.3f} s")
        assert elapsed < 10
        for sb in group:
            assert httpx.get(f"{sb.base_url}/__sandbox__/info").json()["provider"] == sb.provider
    assert {sb.provider for sb in group} == set(available())


def test_cli_prints_urls_and_keys() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "facade.sandbox", "cloudapi", "--port", str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}" in line and "api_key=sk_live_" in line
        assert httpx.get(f"http://127.0.0.1:{port}/__sandbox__/info").status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_pytest_fixture(sandbox) -> None:  # type: ignore[no-untyped-def]
    sb = sandbox("cloudapi")
    assert isinstance(sb, Sandbox)
    assert httpx.get(f"{sb.base_url}/v1/usage", headers={"Authorization": f"Bearer {sb.api_key}"}).status_code == 200
