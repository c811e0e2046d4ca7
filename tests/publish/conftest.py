"""Fixtures for the release tests: one real build, a real pypiserver index, a secret-checking runner.

Every command these tests run goes through :class:`Runner`, which fails the test the moment a
credential shows up in anything captured, so "never echoed" is checked on every call.
"""

from __future__ import annotations

import base64
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

REPO = Path(__file__).resolve().parents[2]
RELEASE = REPO / "scripts" / "release.py"
# Variables that would let the host's own registry settings or credentials leak into a test.
SCRUBBED_PREFIXES = ("TWINE_", "UV_PUBLISH_", "UV_INDEX", "UV_EXTRA_INDEX", "UV_DEFAULT_INDEX", "UV_FIND_LINKS")


@dataclass(frozen=True)
class Account:
    username: str
    password: str

    def env(self) -> dict[str, str]:
        return {"TWINE_USERNAME": self.username, "TWINE_PASSWORD": self.password}

    def forms(self) -> list[str]:
        """Every form in which the credentials could be printed."""
        pair = f"{self.username}:{self.password}"
        return [self.username, self.password, pair, base64.b64encode(pair.encode()).decode()]


@dataclass
class Runner:
    """Runs commands with a scrubbed environment; asserts no credential is in their output."""

    secrets: list[str] = field(default_factory=list)
    transcript: list[str] = field(default_factory=list)

    def __call__(
        self, cmd: Sequence[str | Path], *, env: dict[str, str] | None = None, timeout: float = 180
    ) -> subprocess.CompletedProcess[str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED_PREFIXES)}
        proc = subprocess.run(
            [str(c) for c in cmd],
            env={**base, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=REPO,
        )
        captured = proc.stdout + proc.stderr
        self.transcript.append(captured)
        leaked = [s for s in self.secrets if s in captured]
        assert not leaked, f"a credential appeared in the output of {cmd[:3]}"
        return proc


@pytest.fixture(scope="session")
def account() -> Account:
    return Account(f"publisher-{secrets.token_hex(4)}", secrets.token_urlsafe(24))


@pytest.fixture(scope="session")
def wrong_account(account: Account) -> Account:
    return Account(account.username, secrets.token_urlsafe(24))


@pytest.fixture(scope="session")
def run(account: Account, wrong_account: Account) -> Runner:
    return Runner(secrets=account.forms() + wrong_account.forms())


@dataclass(frozen=True)
class Built:
    dist_dir: Path
    wheel: Path
    sdist: Path
    version: str
    seconds: float
    output: str


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, run: Runner) -> Built:
    """compute-clients built once from this tree (the generated/ regeneration check is the
    check_generated session's job; everything else `nox -s build` does runs here)."""
    out = tmp_path_factory.mktemp("dist")
    started = time.perf_counter()
    proc = run([sys.executable, RELEASE, "build", "--no-generated-check", "--out-dir", out], timeout=300)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Built(out, wheel, sdist, wheel.name.split("-")[1], seconds, proc.stdout)


# -- a real index -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Index:
    url: str  # upload URL (twine's --repository-url)
    packages: Path

    @property
    def simple(self) -> str:
        return f"{self.url}simple/"

    def project_page(self) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"{self.simple}compute-clients/", timeout=10) as response:  # noqa: S310 - ours
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, ""

    def files(self) -> dict[str, int]:
        """File name -> mtime in ns of everything the index stores."""
        return {p.name: p.stat().st_mtime_ns for p in self.packages.iterdir()}


def htpasswd_line(account: Account) -> str:
    # passlib imports the stdlib crypt module, deprecated on 3.11+: pytest runs with warnings as
    # errors, and the deprecation is passlib's, not ours.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

    htpasswd = HtpasswdFile()
    htpasswd.set_password(account.username, account.password)  # apr1, as `htpasswd -m` writes
    return str(htpasswd.to_string().decode())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def pypiserver(root: Path, account: Account, authenticate: str = "update") -> Iterator[Index]:
    """pypiserver on 127.0.0.1, ``authenticate`` actions guarded by an htpasswd file, no fallback."""
    packages = root / "packages"
    packages.mkdir(parents=True)
    passwords = root / "htpasswd"
    passwords.write_text(htpasswd_line(account), encoding="utf-8")
    port = _free_port()
    log = (root / "pypiserver.log").open("w")
    serve = [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port)]
    auth = ["--authenticate", authenticate, "--passwords", str(passwords), "--disable-fallback"]
    cmd = [*serve, *auth, "--server", "wsgiref", str(packages)]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}health", timeout=2):  # noqa: S310 - http://127.0.0.1
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(f"pypiserver did not start:\n{(root / 'pypiserver.log').read_text()}")
                time.sleep(0.1)
        yield Index(url, packages)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def fresh_index(tmp_path: Path, account: Account) -> Iterator[Index]:
    """An empty index of its own, for one test."""
    with pypiserver(tmp_path / "index", account) as index:
        yield index


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, account: Account) -> Iterator[Index]:
    """An index shared by a module's tests (they publish to it in order)."""
    with pypiserver(tmp_path_factory.mktemp("index"), account) as index:
        yield index
