"""The installed ``compute-clients`` script, run as a subprocess against the sandboxes over TCP.

Every run goes through :func:`Shell.run`, which also scans stdout and stderr for every sandbox
credential: no test of this directory can print a key without failing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import facade
import facade._manifest as manifest
from facade.sandbox import Sandbox, SandboxGroup, available, serve

SCRIPT = Path(sys.executable).parent / "compute-clients"
PROVIDERS = available()  # every provider with a sandbox (test_calls.READS names a call of each)


def key_variables(provider: str) -> dict[str, str]:
    """Security scheme -> the environment variable connect() reads it from."""
    schemes = manifest.load(provider).security_schemes
    return {name: str(s["env"]) for name, s in schemes.items() if s.get("env")}


def clean_environ() -> dict[str, str]:
    """This process's environment without any provider key or base URL (the developer's shell may hold some)."""
    every = facade.providers()
    drop = {var for p in every for var in key_variables(p).values()} | {f"{p.upper()}_BASE_URL" for p in every}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["COLUMNS"] = "200"
    return env


@dataclass
class Shell:
    """Runs the script; remembers every secret it must never print."""

    secrets: set[str] = field(default_factory=set)

    def env_for(self, sb: Sandbox) -> dict[str, str]:
        """What a developer's shell holds for ``sb``'s provider: each key in its variable."""
        self.secrets.update(sb.credentials.values())
        env = clean_environ()
        for scheme, variable in key_variables(sb.provider).items():
            if scheme in sb.credentials:
                env[variable] = sb.credentials[scheme]
        return env

    def run(
        self,
        *args: str,
        sb: Sandbox | None = None,
        env: dict[str, str] | None = None,
        stdin: str | None = None,
        timeout: float = 120,
    ) -> subprocess.CompletedProcess[str]:
        """``compute-clients *args``; with ``sb``, its keys in the environment and ``--base-url`` added."""
        argv = [str(SCRIPT), *args]
        if sb is not None:
            env = {**self.env_for(sb), **(env or {})}
            argv += ["--base-url", sb.base_url]
        proc = subprocess.run(
            argv,
            env=env if env is not None else clean_environ(),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        self.scan(proc.stdout + proc.stderr)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    def scan(self, text: str) -> None:
        leaked = [s for s in self.secrets if s and s in text]
        assert not leaked, f"a credential was printed ({len(leaked)} of them)"


@pytest.fixture(scope="session")
def script() -> Path:
    assert SCRIPT.exists(), f"{SCRIPT} is missing: install the package (pip install -e .) to get the console script"
    return SCRIPT


@pytest.fixture(scope="session")
def sandboxes() -> Iterator[SandboxGroup]:
    with serve("all", seed=1) as group:
        yield group


@pytest.fixture
def shell(script: Path, sandboxes: SandboxGroup) -> Shell:
    for sb in sandboxes:
        sb.reset()
    found = Shell()
    for sb in sandboxes:
        found.secrets.update(sb.credentials.values())
    return found
