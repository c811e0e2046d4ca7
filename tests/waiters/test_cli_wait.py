"""``compute-clients <provider> wait <waiter> --<param> ...``: the installed script against a sandbox over TCP."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

import facade
from facade.sandbox import Sandbox
from tests.cli.conftest import SCRIPT, Shell
from tests.cli.test_completion import complete


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox("ionet", seed=3) as box:
        yield box


@pytest.fixture
def shell(sb: Sandbox) -> Shell:
    assert SCRIPT.exists(), f"{SCRIPT} is missing: install the package to get the console script"
    sb.faults.clear()
    return Shell()


def _seeded(sb: Sandbox, status: str) -> str:
    with facade.connect("ionet", base_url=sb.base_url, api_key=sb.api_key) as io:
        return str(io.paginate("listDeployments", status=status, max_items=1).to_list()[0].id)


def test_success_prints_the_last_answer(shell: Shell, sb: Sandbox) -> None:
    running = _seeded(sb, "running")
    proc = shell.run("ionet", "wait", "deployment-running", "--deployment-id", running, "-o", "json", sb=sb)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["data"]["status"] == "running"
    by_name = shell.run("ionet", "wait", "deploymentRunning", "--deployment-id", running, "-q", "$.data.id", sb=sb)
    assert by_name.returncode == 0 and json.loads(by_name.stdout) == running


def test_success_by_status_prints_nothing(shell: Shell, sb: Sandbox) -> None:
    proc = shell.run("ionet", "wait", "deployment-terminated", "--deployment-id", str(uuid.uuid4()), sb=sb)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""


def test_a_failure_state_exits_one_naming_the_waiter(shell: Shell, sb: Sandbox) -> None:
    failed = _seeded(sb, "failed")
    proc = shell.run("ionet", "wait", "deployment-running", "--deployment-id", failed, sb=sb)
    assert proc.returncode == 1
    assert proc.stderr.startswith(
        "compute-clients: WaiterFailed provider=ionet operation=getDeployment waiter=deploymentRunning: "
        "reached a failure state ($.data.status == 'failed' or "
    ), proc.stderr
    assert proc.stdout == ""


def test_the_timeout_exits_one_with_the_last_state(shell: Shell, sb: Sandbox) -> None:
    running = _seeded(sb, "running")
    args = ["--deployment-id", running, "--timeout", "0.6", "--delay", "0.1", "--max-delay", "0.2"]
    proc = shell.run("ionet", "wait", "deployment-terminated", *args, sb=sb)
    assert proc.returncode == 1
    assert "WaiterTimeout provider=ionet operation=getDeployment waiter=deploymentTerminated" in proc.stderr
    assert "no success within 0.6 s" in proc.stderr and "last $.data.status = 'running'" in proc.stderr


PACED = ["wait", "deployment-running", "--deployment-id", "x"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["wait", "deployment-running"], "Missing option '--deployment-id'"),
        (["wait", "deploymentRuning"], "Did you mean 'deploymentRunning'"),
        ([*PACED, "--delay", "0"], "Invalid value for '--delay': 0.0 is not in the range x>0"),
        ([*PACED, "--delay", "3", "--max-delay", "1"], "'--max-delay': must not be below --delay"),
    ],
)
def test_usage_errors_exit_two(shell: Shell, sb: Sandbox, args: list[str], message: str) -> None:
    proc = shell.run("ionet", *args, sb=sb)
    assert proc.returncode == 2, proc.stderr
    assert message in " ".join(proc.stderr.split()), proc.stderr


def test_help_lists_the_waiters_and_explains_one(shell: Shell) -> None:
    provider = shell.run("ionet")
    assert "Waiters:" in provider.stdout and "wait deploymentRunning | deploymentTerminated" in provider.stdout
    group = shell.run("ionet", "wait")
    assert group.returncode == 0
    for name in ("deploymentRunning", "deploymentTerminated", "vmDeploymentRunning", "vmDeploymentTerminated"):
        assert name in group.stdout
    one = shell.run("ionet", "wait", "deployment-running", "--help")
    text = " ".join(one.stdout.split())
    assert "Polls getDeployment GET /enterprise/v1/io-cloud/caas/deployment/{deployment_id} until:" in text
    assert "success $.data.status == 'running'" in text and "--deployment-id" in text and "--max-delay" in text


def test_completion_offers_wait_and_the_waiters() -> None:
    assert "wait" in complete("compute-clients ionet ")
    assert complete("compute-clients ionet wa") == ["wait"]
    assert complete("compute-clients ionet wait deploy") == ["deploymentRunning", "deploymentTerminated"]
    assert "--deployment-id" in complete("compute-clients ionet wait deploymentRunning --")
    assert "wait" not in complete("compute-clients cloudapi ")  # no waiters, no wait
