"""The README's "Command line" section: every shell line runs, against the sandboxes, and prints no key."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from facade.sandbox import SandboxGroup
from tests.demo.test_readme import README, blocks

from .conftest import SCRIPT, Shell, clean_environ, key_variables

SECTION = README.split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]
LINES = [line for block in blocks("sh", SECTION) for line in block.splitlines() if line.strip()]


def test_the_section_shows_the_command_line() -> None:
    assert len(LINES) >= 10
    assert all(line.startswith(("compute-clients ", "eval ")) for line in LINES)


@pytest.fixture
def developer_shell(shell: Shell, sandboxes: SandboxGroup, tmp_path: Path) -> dict[str, str]:
    """A developer's environment: every provider's keys and base URL, the script on PATH, a fish user's home."""
    env = clean_environ()
    for sb in sandboxes:
        env[f"{sb.provider.upper()}_BASE_URL"] = sb.base_url
        for scheme, variable in key_variables(sb.provider).items():
            if scheme in sb.credentials:
                env[variable] = sb.credentials[scheme]
    env["PATH"] = f"{SCRIPT.parent}{os.pathsep}{env.get('PATH', '')}"
    env["HOME"] = str(tmp_path)
    (tmp_path / ".config" / "fish" / "completions").mkdir(parents=True)
    return env


@pytest.mark.parametrize("line", LINES, ids=[f"line{i + 1}" for i in range(len(LINES))])
def test_readme_line_runs(line: str, shell: Shell, developer_shell: dict[str, str], tmp_path: Path) -> None:
    # Every command of a pipeline must succeed (141: the reader, e.g. head, had enough and went away).
    script = f'{line}\necho "exit codes: ${{PIPESTATUS[*]}}" >&2'
    proc = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        env=developer_shell,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    codes = proc.stderr.rstrip().rsplit("exit codes: ", 1)[1].split()
    assert codes[0] in {"0", "141"} and set(codes[1:]) <= {"0"}, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    written = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*") if p.is_file())
    shell.scan(proc.stdout + proc.stderr + written)
    if "2>" not in line and ">" not in line.split("#")[0] and not line.startswith("eval"):
        assert proc.stdout.strip(), "the line printed nothing"
