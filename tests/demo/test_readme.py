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
    first, second = quickstart()
    assert first.endswith("python3 -m nox -s demo")
    assert second.endswith("python3 -m nox -t ci")
    assert first.split("&&")[0] == second.split("&&")[0]  # the same pinned nox and uv


def test_ci_runs_the_second_command() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8").replace(" --quiet ", " -q ")
    assert quickstart()[1] in script.splitlines()


def test_the_demo_session_runs_the_demo() -> None:
    noxfile = (REPO / "noxfile.py").read_text(encoding="utf-8")
    session = noxfile.split("def demo(", 1)[1].split("\n@nox.session", 1)[0]
    assert '".[sandbox]"' in session and '"python", "-m", "facade.demo", *session.posargs' in session


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[SandboxGroup]:
    group = serve("all", seed=1)
    assert isinstance(group, SandboxGroup)
    with group:
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
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)],
            cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout[-3000:]
        return
    # Its own interpreter, as a reader would run it: an example that leaves a client open for the
    # garbage collector must not turn into a ResourceWarning inside some later test of this run.
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]


@pytest.mark.slow
def test_first_command_from_a_fresh_clone(tmp_path: Path) -> None:
    """The newcomer's first command, in a clean clone, prints the demo and exits 0 in under 60 s."""
    git = shutil.which("git")
    if git is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a repository to clone")
    clone = tmp_path / "clone"
    subprocess.run([git, "clone", "--quiet", "--local", str(REPO), str(clone)], check=True, timeout=120)
    venv = tmp_path / "venv"  # stands in for the machine's python3, so the test installs nothing globally
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("VIRTUAL_ENV", None)
    started = time.perf_counter()
    proc = subprocess.run(
        ["bash", "-c", quickstart()[0]], cwd=clone, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "steps ok" in proc.stdout and "CloudAPI" in proc.stdout
    assert elapsed < 60, f"took {elapsed:.0f} s"
