"""Start-up of all sandboxes, the CLI, and the pytest fixture."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_cli_prints_the_exports_connect_reads() -> None:
    """`python -m facade.sandbox cloudapi` prints `export VAR=...` lines; connect() works from them alone."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "facade.sandbox", "cloudapi", "--port", str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        lines = []
        while not (line := proc.stdout.readline()).startswith("# Ctrl-C"):
            lines.append(line.strip())
        exports = dict(line.removeprefix("export ").split("=", 1) for line in lines if line.startswith("export "))
        assert set(exports) == {"CLOUDAPI_BASE_URL", "CLOUDAPI_TOKEN", "CLOUDAPI_SESSION_TOKEN"}
        assert exports["CLOUDAPI_BASE_URL"] == f"http://127.0.0.1:{port}"
        code = "import facade; c = facade.connect('cloudapi'); print(c.call('getUsage').data.requests >= 0)"
        env = {**os.environ, **exports}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr[-2000:]
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_cli_on_a_busy_port_fails_with_one_line_naming_it() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "facade.sandbox", "cloudapi", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and f"port {port}" in done.stderr and "in use" in done.stderr
    assert "Traceback" not in done.stderr


def test_sandbox_is_an_attribute_of_a_plain_import() -> None:
    code = "import facade\nwith facade.sandbox.serve('fluence') as sb:\n    print(sb.base_url)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("http://127.0.0.1:")


def test_pytest_fixture(sandbox: Callable[..., Any]) -> None:
    sb = sandbox("cloudapi")
    assert isinstance(sb, Sandbox)
    assert httpx.get(f"{sb.base_url}/v1/usage", headers={"Authorization": f"Bearer {sb.api_key}"}).status_code == 200
