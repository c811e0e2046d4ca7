"""The README is the front door: its Quickstart has the two commands, and every code block runs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from facade.sandbox import SandboxGroup, serve

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(language: str, text: str = README) -> list[str]:
    return [body for lang, body in FENCE.findall(text) if lang == language]


def quickstart() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    (commands,) = blocks("sh", section)
    return [line for line in commands.splitlines() if line.strip()]


def test_quickstart_has_exactly_the_two_commands() -> None:
    assert quickstart() == ["python3 noxfile.py -s demo", "python3 noxfile.py -t ci"]


def test_ci_runs_the_second_command() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert quickstart()[1] in script.splitlines()


def _table(marker: str) -> list[dict[str, str]]:
    lines = README.split(marker, 1)[1].split("\n", 1)[1].split("\n\n", 1)[0].splitlines()
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    header, body = rows[0], rows[2:]
    return [dict(zip(header, row, strict=True)) for row in body]


def _auth_text(scheme: dict[str, object]) -> str:
    if scheme["type"] == "http":
        return f"`Authorization: {str(scheme.get('scheme') or 'bearer').title()}`"
    return f"`{scheme['name']}` {scheme['in']}"


def test_provider_table_matches_the_manifests() -> None:
    """Name, API title and version, docs, default auth, paging styles and operation count of every provider."""
    import json

    import facade
    import facade._manifest as manifest

    rows = {row["provider"].strip("`"): row for row in _table("<!-- providers-table")}
    assert sorted(rows) == facade.providers()
    for name, row in rows.items():
        provider = manifest.load(name)
        spec = json.loads((REPO / "generated" / f"{name}_client" / "_openapi.json").read_text(encoding="utf-8"))
        assert row["API"] == spec["info"]["title"], name
        assert row["version"] == provider.api_version, name
        docs = (spec.get("externalDocs") or spec["info"].get("contact") or {}).get("url")
        assert f"]({docs})" in row["docs"], name
        for requirement in provider.default_security:
            for scheme in requirement:
                assert _auth_text(provider.security_schemes[scheme]) in row["auth"], (name, scheme)
        styles = {op.pagination["style"] for op in provider.operations.values() if op.pagination} - {"none"}
        assert row["paging"] == (", ".join(sorted(styles)) or "whole lists"), name
        assert row["operations"] == str(len(provider.operations)), name


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[SandboxGroup]:
    with serve("all", seed=1) as group:
        yield group


@pytest.fixture
def provider_env(sandboxes: SandboxGroup, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """What a developer's shell would hold: each provider's key variables and a base URL override."""
    import facade._manifest as manifest

    env: dict[str, str] = {}
    for sb in sandboxes:
        sb.reset()
        env[f"{sb.provider.upper()}_BASE_URL"] = sb.base_url
        schemes = manifest.load(sb.provider).security_schemes
        for name, secret in sb.credentials.items():
            variable = schemes[name].get("env")
            if variable:
                env[str(variable)] = secret
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


PYTHON_BLOCKS = blocks("python")


def test_there_are_examples() -> None:
    assert len(PYTHON_BLOCKS) >= 7


@pytest.mark.parametrize("code", PYTHON_BLOCKS, ids=[f"block{i + 1}" for i in range(len(PYTHON_BLOCKS))])
def test_python_block_runs(code: str, provider_env: dict[str, str], tmp_path: Path) -> None:
    if re.search(r"^def test_", code, re.M):  # a pytest example: run it as a test file of its own
        path = tmp_path / "test_readme_example.py"
        path.write_text(code, encoding="utf-8")
        proc = _python(["-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)], tmp_path)
        assert proc.returncode == 0, proc.stdout[-3000:]
        return
    # Its own interpreter, as a reader would run it: an example that leaves a client open for the
    # garbage collector must not turn into a ResourceWarning inside some later test of this run.
    proc = _python(["-W", "error", "-c", code], tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]


def _python(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """This interpreter with ``args``, in ``cwd``, its output captured."""
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def _externally_managed_python() -> str | None:
    """A python3 that refuses ``pip install`` (PEP 668), as on current Debian and Ubuntu, if there is one."""
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if not candidate or not Path(candidate).exists():
            continue
        probe = subprocess.run(
            [
                candidate,
                "-c",
                "import sys, sysconfig; print(sys.version_info >= (3, 11)); print(sysconfig.get_path('stdlib'))",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        lines = probe.stdout.split()
        if probe.returncode == 0 and lines[0] == "True" and (Path(lines[1]) / "EXTERNALLY-MANAGED").exists():
            return candidate
    return None


@pytest.mark.slow
def test_first_command_from_a_fresh_clone_under_an_externally_managed_python(tmp_path: Path) -> None:
    """The newcomer's first command, in a clean clone, under a PEP 668 python3: prints the demo and exits 0."""
    git = shutil.which("git")
    if git is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a repository to clone")
    python = _externally_managed_python()
    if python is None:
        pytest.skip("no externally managed (PEP 668) Python 3.11+ on this machine")
    refused = subprocess.run(
        [python, "-m", "pip", "install", "--dry-run", "--quiet", "nox"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert refused.returncode != 0 and "externally-managed-environment" in refused.stderr + refused.stdout
    clone = tmp_path / "clone"
    subprocess.run([git, "clone", "--quiet", "--local", str(REPO), str(clone)], check=True, timeout=120)
    shims = tmp_path / "bin"  # `python3` on PATH is the externally managed one, as on such a machine
    shims.mkdir()
    (shims / "python3").symlink_to(python)
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    env["PATH"] = f"{shims}{os.pathsep}{env['PATH']}"
    started = time.perf_counter()
    proc = subprocess.run(
        ["bash", "-c", quickstart()[0]], cwd=clone, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "steps ok" in proc.stdout and "CloudAPI" in proc.stdout
    assert elapsed < 180, f"took {elapsed:.0f} s"
