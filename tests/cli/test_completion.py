"""Shell completion: the scripts for bash, zsh and fish, and what they offer (providers, operations, flags)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import facade
import facade._manifest as manifest

from .conftest import SCRIPT, Shell, clean_environ


@pytest.mark.parametrize("shell_name", ["bash", "zsh", "fish"])
def test_completion_scripts_generate(shell: Shell, shell_name: str, tmp_path: Path) -> None:
    proc = shell.run("completion", shell_name)
    assert proc.returncode == 0, proc.stderr
    assert "_COMPUTE_CLIENTS_COMPLETE" in proc.stdout and "compute-clients" in proc.stdout
    binary = shutil.which(shell_name)
    if binary is not None:  # the script must at least parse in its shell
        path = tmp_path / f"completion.{shell_name}"
        path.write_text(proc.stdout, encoding="utf-8")
        check = [binary, "--no-execute", str(path)] if shell_name == "fish" else [binary, "-n", str(path)]
        assert subprocess.run(check, capture_output=True, check=False).returncode == 0


def complete(words: str) -> list[str]:
    """What bash completion offers for the last of ``words`` (the protocol the bash script speaks)."""
    parts = words.split(" ")
    env = {
        **clean_environ(),
        "_COMPUTE_CLIENTS_COMPLETE": "bash_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
    }
    proc = subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [line.split(",", 1)[1] for line in proc.stdout.splitlines()]


def test_completes_providers_operations_parameters_and_choices(shell: Shell) -> None:
    assert complete("compute-clients ") == [*facade.providers(), "completion"]
    assert complete("compute-clients clo") == ["cloudapi"]
    assert set(complete("compute-clients cloudapi ")) == set(manifest.load("cloudapi").operations)
    assert complete("compute-clients cloudapi listU") == ["listUsers"]
    assert complete("compute-clients cloudapi list-u") == ["list-users"]
    assert complete("compute-clients castai external-cluster-api-list-c") == ["external-cluster-api-list-clusters"]
    flags = complete("compute-clients cloudapi listKeys --")
    assert {"--limit", "--cursor", "--status", "--all", "--output", "--query", "--sandbox"} <= set(flags)
    assert complete("compute-clients cloudapi listKeys --status ") == ["active", "revoked"]
    assert complete("compute-clients cloudapi getUser --output ") == ["json", "jsonl", "yaml", "table"]
    assert complete("compute-clients completion ") == ["bash", "zsh", "fish"]
