"""``--all`` and ``--max-items`` over the seeded 250-user CloudAPI collection, in every output format."""

from __future__ import annotations

import json
import os
import pty
import random
import re
import subprocess
from typing import TYPE_CHECKING, Any

import pytest
import yaml

import facade
from facade.sandbox import Sandbox, SandboxGroup

from .conftest import SCRIPT, Shell

if TYPE_CHECKING:
    from facade import ProviderName

SEEDED_USERS = 250


@pytest.fixture
def users(sandboxes: SandboxGroup) -> Sandbox:
    return sandboxes["cloudapi"]


def expected_ids(sb: Sandbox) -> list[str]:
    with facade.connect("cloudapi", base_url=sb.base_url, api_key=sb.api_key) as client:
        return [u.id for u in client.paginate("listUsers")]


def test_all_as_one_json_array(shell: Shell, users: Sandbox) -> None:
    proc = shell.run("cloudapi", "listUsers", "--all", "--output", "json", sb=users)
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)
    assert isinstance(items, list) and len(items) == SEEDED_USERS
    assert [u["id"] for u in items] == expected_ids(users)
    assert {"id", "email", "role"} <= set(items[0])
    assert proc.stderr == ""  # no progress bar when stderr is not a terminal
    pages = [r for r in users.requests if r.operation == "listUsers"]
    assert len(pages) >= 3  # the 100-item pages really were followed


def test_all_as_json_lines(shell: Shell, users: Sandbox) -> None:
    proc = shell.run("cloudapi", "listUsers", "--all", "-o", "jsonl", sb=users)
    lines = proc.stdout.splitlines()
    assert len(lines) == SEEDED_USERS
    assert [json.loads(line)["id"] for line in lines] == expected_ids(users)


def test_all_as_a_table(shell: Shell, users: Sandbox) -> None:
    proc = shell.run("cloudapi", "listUsers", "--all", "-o", "table", sb=users)
    header, rule, *rows = proc.stdout.splitlines()
    assert len(rows) == SEEDED_USERS
    assert header.split()[:2] == ["id", "email"] and set(rule) == {"-", " "}  # the schema's property order
    column = header.index("id")
    assert [row[column:].split()[0] for row in rows] == expected_ids(users)


def test_all_as_yaml(shell: Shell, users: Sandbox) -> None:
    proc = shell.run("cloudapi", "listUsers", "--all", "-o", "yaml", sb=users)
    assert [u["id"] for u in yaml.safe_load(proc.stdout)] == expected_ids(users)


def test_max_items_stops_early_and_query_applies_to_each_item(shell: Shell, users: Sandbox) -> None:
    proc = shell.run("cloudapi", "listUsers", "--max-items", "7", "-q", "$.email", "-o", "jsonl", sb=users)
    assert proc.returncode == 0, proc.stderr
    emails = [json.loads(line) for line in proc.stdout.splitlines()]
    with facade.connect("cloudapi", base_url=users.base_url, api_key=users.api_key) as client:
        assert emails == [u.email for u in client.paginate("listUsers", max_items=7)]


def test_paging_other_styles(shell: Shell, sandboxes: SandboxGroup) -> None:
    """Page style with a total (io.net) and a list returned whole (Fluence) give every item too."""
    cases: list[tuple[ProviderName, str, dict[str, Any]]] = [
        ("ionet", "listDeployments", {}),
        ("fluence", "listVms", {}),
    ]
    for provider, operation, params in cases:
        sb = sandboxes[provider]
        with facade.connect(provider, base_url=sb.base_url, api_key=sb.api_key, credentials=sb.credentials) as client:
            want = len(client.paginate(operation, **params).to_list())
        proc = shell.run(provider, operation, "--all", "-o", "jsonl", sb=sb)
        assert proc.returncode == 0, proc.stderr
        assert len(proc.stdout.splitlines()) == want > 0, provider


def test_empty_result(shell: Shell, users: Sandbox) -> None:
    proc = shell.run("cloudapi", "listTokens", "--status", "expired", "--all", "-o", "json", sb=users)
    assert proc.returncode == 0, proc.stderr
    assert isinstance(json.loads(proc.stdout), list)


def test_all_on_an_operation_that_does_not_page_is_a_usage_error(shell: Shell, users: Sandbox) -> None:
    proc = shell.run("cloudapi", "getUsage", "--all", sb=users)
    assert proc.returncode == 2
    assert "No such option '--all'" in proc.stderr


def _stderr_on_a_terminal(shell: Shell, sb: Sandbox, *args: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run with stderr on a pseudo-terminal (stdout still a pipe); returns what the terminal showed."""
    master, slave = pty.openpty()
    try:
        argv = [str(SCRIPT), *args, "--base-url", sb.base_url]
        proc = subprocess.run(
            argv, env=shell.env_for(sb), stdout=subprocess.PIPE, stderr=slave, text=True, timeout=120, check=False
        )
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal is closed and drained
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    text = shown.decode("utf-8", "replace")
    shell.scan(proc.stdout + text)
    return proc, text


def test_progress_bar_when_the_total_is_known(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["ionet"]
    sb.faults.add(operation="listDeployments", delay=0.15)  # slow pages, so the bar is drawn mid-way
    proc, shown = _stderr_on_a_terminal(
        shell, sb, "ionet", "listDeployments", "--all", "-o", "jsonl", "--page-size", "20"
    )
    assert proc.returncode == 0
    total = len(proc.stdout.splitlines())
    bars = re.findall(r"\r\[([#.]+)\] (\d+)/(\d+) items", shown)
    assert bars, shown
    assert {int(t) for _, _, t in bars} == {total}
    assert shown.endswith("\r\x1b[K")  # the bar is wiped at the end


def test_live_count_when_the_total_is_unknown(shell: Shell, users: Sandbox) -> None:
    users.faults.add(operation="listUsers", delay=0.15)
    proc, shown = _stderr_on_a_terminal(shell, users, "cloudapi", "listUsers", "--all", "-o", "jsonl", "--limit", "50")
    assert proc.returncode == 0
    counts = [int(n) for n in re.findall(r"\r(\d+) items", shown)]
    assert counts and counts == sorted(counts) and counts[-1] <= SEEDED_USERS
    assert "/" not in shown


def test_a_reader_that_stops_early_is_not_an_error(shell: Shell, users: Sandbox) -> None:
    """``| head -1`` on a large --all: no traceback, exit 0 (all written in time) or 141 (stdout closed)."""
    env = shell.env_for(users)
    argv = [str(SCRIPT), "cloudapi", "listUsers", "--all", "-o", "jsonl", "--limit", "10", "--base-url", users.base_url]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like head: one line, then gone (the rest of 25 pages is still to come)
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141
    assert json.loads(first)["id"]
    assert err == ""


def _seed_that_spares_the_first_page() -> int:
    """A fault seed whose rolls (probability 0.5) miss the first request and hit the second."""
    for seed in range(1000):
        rolls = random.Random(seed)
        if rolls.random() >= 0.5 and rolls.random() < 0.5:
            return seed
    raise AssertionError("no such seed")


def test_an_error_mid_way_exits_one_and_never_looks_like_a_whole_list(shell: Shell, users: Sandbox) -> None:
    users.faults.add(operation="listUsers", status=500, probability=0.5, seed=_seed_that_spares_the_first_page())
    proc = shell.run("cloudapi", "listUsers", "--all", "-o", "json", "--max-retries", "0", sb=users)
    assert proc.returncode == 1
    (line,) = proc.stderr.splitlines()
    assert line.startswith("compute-clients: ServerError provider=cloudapi operation=listUsers status=500")
    assert proc.stdout.startswith("[\n") and proc.stdout.count("\n") == 100  # the first page, array left open
    with pytest.raises(json.JSONDecodeError):
        json.loads(proc.stdout)
    users.faults.clear()
    users.faults.add(operation="listUsers", status=500)
    proc = shell.run("cloudapi", "listUsers", "--all", "-o", "json", "--max-retries", "0", sb=users)
    assert (proc.returncode, proc.stdout) == (1, "")
