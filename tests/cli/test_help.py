"""Help at every level, with no credentials set: providers, operations by tag, one operation in full."""

from __future__ import annotations

import re

import pytest

import facade
import facade._manifest as manifest
from facade._cli import alias, main
from facade._describe import describe

from .conftest import PROVIDERS, Shell


def test_no_arguments_lists_the_providers_with_operation_counts(shell: Shell) -> None:
    proc = shell.run()
    assert proc.returncode == 0, proc.stderr
    listed = dict(re.findall(r"^  (\w+)\s+(\d+) operations$", proc.stdout, re.M))
    assert listed == {p: str(len(manifest.load(p).operations)) for p in facade.providers()}
    assert shell.run("--help").stdout == proc.stdout


@pytest.mark.parametrize("provider", PROVIDERS)
def test_provider_help_groups_every_operation_by_tag(shell: Shell, provider: str) -> None:
    proc = shell.run(provider)
    assert proc.returncode == 0, proc.stderr
    assert shell.run(provider, "--help").stdout == proc.stdout
    ops = manifest.load(provider).operations
    for op in ops.values():
        tag_section = proc.stdout.split(f"\n{op.tag or 'other'}:\n", 1)[1].split("\n\n", 1)[0]
        # The summary may wrap onto following lines (a long one) or be empty (most of fluence_cloud's).
        assert f" {' '.join([op.id, *op.summary.split()])} " in f" {' '.join(tag_section.split())} ", op.id


@pytest.mark.parametrize("provider", PROVIDERS)
def test_operation_help_from_the_installed_script(shell: Shell, provider: str) -> None:
    loaded = manifest.load(provider)
    # The operation with the most to show: parameters and a body if any has both, else the most parameters.
    op = max(loaded.operations.values(), key=lambda o: (bool(o.params) and bool(o.body), len(o.params)))
    proc = shell.run(provider, op.id, "--help")
    assert proc.returncode == 0, proc.stderr
    check_operation_help(proc.stdout, loaded, op)
    by_alias = shell.run(provider, alias(op), "--help").stdout
    assert by_alias.split("\n", 1) == [
        f"Usage: compute-clients {provider} {alias(op)} [OPTIONS]",
        proc.stdout.split("\n", 1)[1],
    ]


def check_operation_help(text: str, provider: manifest.Provider, op: manifest.Operation) -> None:
    info = describe(provider, op)
    assert f"{info.method} {info.path}\n" in text
    params = text.split("\nParameters:\n", 1)[1].split("\n\n", 1)[0]
    for p in info.parameters:
        flag = "--" + p.python_name.replace("_", "-")
        # The flag ends at a space or a line end (\b fails after a trailing "-", as in "--format-").
        assert re.search(rf"^  {re.escape(flag)}(?=\s|$)", params, re.M), (op.id, flag)
        entry = " ".join(params.split(flag, 1)[1].split("\n  --", 1)[0].split())
        assert f"[{p.type}, {p.location}" in entry, (op.id, flag, entry)
        assert ("[required]" in entry) == p.required, (op.id, flag, entry)
        if p.description:
            assert " ".join(p.description.split())[:30] in entry, (op.id, flag)
    if info.body_media is not None:
        body = text.split("\nBody (", 1)[1].split("\n\n", 1)[0]
        for f in info.body_fields:
            assert re.search(rf"^  {re.escape(f.name)}\b", body, re.M), (op.id, f.name)
        assert re.search(r"^  --body\b", text, re.M)
    else:
        assert not re.search(r"^  --body\b", text, re.M)
    if info.paging is not None:
        assert f"\nPaging:\n  {info.paging.style} style, items at {info.paging.items}" in text
        assert re.search(r"^  --all\b", text, re.M)
    elif op.pagination is not None:
        assert "\nPaging:\n  none: the list comes whole" in text
        assert re.search(r"^  --all\b", text, re.M)
    else:
        assert not re.search(r"^  --all\b", text, re.M)


def test_every_operation_of_every_provider_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    """In-process (170 operations as subprocesses would take minutes): the same help the script prints."""
    for provider in facade.providers():
        loaded = manifest.load(provider)
        for op in loaded.operations.values():
            assert main([provider, op.id, "--help"]) == 0
            out = capsys.readouterr().out
            check_operation_help(out, loaded, op)


def test_python_dash_m_facade_is_the_same_command(shell: Shell) -> None:
    import subprocess
    import sys

    from .conftest import clean_environ

    proc = subprocess.run(
        [sys.executable, "-m", "facade", "--help"], capture_output=True, text=True, env=clean_environ(), check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.replace("python -m facade", "compute-clients") == shell.run("--help").stdout


def test_version_names_each_providers_api_version(shell: Shell) -> None:
    proc = shell.run("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"compute-clients {facade.__version__}\n")
    for name, version in facade.versions().items():
        assert f"  {name} API {version.api_version} " in proc.stdout
