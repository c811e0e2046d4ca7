"""Prism (Stoplight's mock server) on 127.0.0.1, one process per spec, for the tests that call a mock of a spec."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

PRISM = "@stoplight/prism-cli@5.14.2"  # the newest 5.x that runs on Node 18/20 (5.15+ needs Node 24)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def prism_mocks(specs: dict[str, Path], logs: Path) -> Iterator[dict[str, str]]:
    """A Prism mock of each spec (by name); their base URLs once all of them listen, every one stopped after."""
    procs: dict[str, tuple[subprocess.Popen[bytes], str, Path]] = {}
    try:
        for name, spec in specs.items():
            port = _free_port()
            log = logs / f"{name}.log"
            # A file, not a pipe nobody reads (Prism logs every request); its own process group,
            # because npx starts Prism as a grandchild and all of it must go at the end.
            with log.open("w", encoding="utf-8") as out:
                proc = subprocess.Popen(
                    ["npx", "--yes", PRISM, "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            procs[name] = (proc, f"http://127.0.0.1:{port}", log)
        deadline = time.monotonic() + 180  # the first run downloads Prism
        for name, (proc, url, log) in procs.items():
            while True:
                if proc.poll() is not None:
                    said = log.read_text(encoding="utf-8")[-2000:]
                    pytest.fail(f"Prism for {name} exited with {proc.returncode}: {said}")
                try:
                    httpx.get(url, timeout=1)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        pytest.fail(f"Prism for {name} did not start listening within 180 s")
                    time.sleep(0.5)
        yield {name: url for name, (_proc, url, _log) in procs.items()}
    finally:
        for proc, _url, _log in procs.values():
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
