"""Exit codes by outcome: 0 ok, 1 API error (one line), 2 usage error (with a suggestion), 130 Ctrl-C."""

from __future__ import annotations

import signal
import socket
import subprocess
import time

import pytest

from facade.sandbox import Sandbox, SandboxGroup

from .conftest import SCRIPT, Shell, clean_environ


@pytest.fixture
def cloud(sandboxes: SandboxGroup) -> Sandbox:
    return sandboxes["cloudapi"]


def test_ok_is_zero(shell: Shell, cloud: Sandbox) -> None:
    assert shell.run("cloudapi", "getUsage", sb=cloud).returncode == 0


def test_api_error_is_one_line_naming_everything(shell: Shell, cloud: Sandbox) -> None:
    proc = shell.run("cloudapi", "getUser", "--user-id", "usr_missing", sb=cloud)
    assert proc.returncode == 1
    assert proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith("compute-clients: NotFoundError provider=cloudapi operation=getUser status=404 ")
    assert " code=" in line and " request_id=req_" in line
    assert line.endswith("usr_missing exists.") or "usr_missing" in line.split(": ", 2)[2]


def test_a_wrong_key_is_an_api_error_and_is_not_printed(shell: Shell, cloud: Sandbox) -> None:
    wrong = "sk_live_not_the_right_one_0123456789"
    shell.secrets.add(wrong)
    proc = shell.run("cloudapi", "getUsage", "--debug", sb=cloud, env={"CLOUDAPI_TOKEN": wrong})
    assert proc.returncode == 1
    assert "AuthenticationError provider=cloudapi operation=getUsage status=401" in proc.stderr.splitlines()[-1]


def test_connection_refused_is_an_api_error(shell: Shell) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**clean_environ(), "CLOUDAPI_TOKEN": "sk_live_x"}
    proc = shell.run("cloudapi", "getUsage", "--base-url", f"http://127.0.0.1:{port}", "--max-retries", "0", env=env)
    assert proc.returncode == 1
    (line,) = proc.stderr.splitlines()
    assert line.startswith("compute-clients: APIConnectionError provider=cloudapi operation=getUsage: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cloudap"], "no provider 'cloudap'. Did you mean 'cloudapi'?"),
        (["cloudapi", "lstUsers"], "no operation 'lstUsers'. Did you mean 'listUsers'"),
        (["cloudapi", "list-user"], "Did you mean 'listUsers'"),
        (["castai", "external-cluster-api-list-cluster"], "Did you mean 'ExternalClusterAPI_ListClusters'"),
        (["cloudapi", "getUser", "--user-idd", "usr_1"], "Did you mean '--user-id'"),
        (["cloudapi", "getUser"], "Missing option '--user-id'"),
        (["cloudapi", "listUsers", "--limit", "many"], "'many' is not a valid integer"),
        (["cloudapi", "listKeys", "--status", "gone"], "'gone' is not one of 'active', 'revoked'"),
        (["cloudapi", "listUsers", "-o", "xml"], "'xml' is not one of 'json', 'jsonl', 'yaml', 'table'"),
        (["cloudapi", "getUsage", "-q", "$.data["], "unsupported path '$.data['"),
        (["cloudapi", "createKey"], "createKey needs a request body"),
        (["cloudapi", "createKey", "--body", "{nope"], "is not valid JSON"),
        (["cloudapi", "createKey", "--body", '{"nmae": "x", "project_id": "p"}'], "did you mean 'name'?"),
        (["cloudapi", "createKey", "--body", '{"name": "x"}'], "missing required field(s): project_id"),
        (["cloudapi", "wait", "user-active"], "cloudapi has no waiters: its overlay declares none"),
        (["cloudapi", "wait"], "cloudapi has no waiters: its overlay declares none"),
        (["ionet", "wait", "deploymentRuning"], "Did you mean 'deploymentRunning'"),
        (["ionet", "wait", "deployment-running"], "Missing option '--deployment-id'"),
        (["cloudapi", "getUsage"], "set $CLOUDAPI_TOKEN"),  # no key in the environment
    ],
)
def test_usage_errors_exit_two_with_a_hint(shell: Shell, args: list[str], message: str) -> None:
    proc = shell.run(*args)
    assert proc.returncode == 2, proc.stderr
    assert message in " ".join(proc.stderr.split()), proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("operation", "flags"), [("getUsage", []), ("listUsers", ["--all", "--limit", "10"])], ids=["call", "paging"]
)
def test_ctrl_c_mid_call_exits_130_without_a_traceback(
    shell: Shell, cloud: Sandbox, operation: str, flags: list[str]
) -> None:
    cloud.faults.add(operation=operation, delay=30)
    env = shell.env_for(cloud)
    proc = subprocess.Popen(
        [str(SCRIPT), "cloudapi", operation, *flags, "--base-url", cloud.base_url, "--debug"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        # --debug names the call just before it is sent: from then on the request is in flight (30 s delay).
        first = proc.stderr.readline()
        assert f"cloudapi.{operation}: GET " in first
        time.sleep(0.5)
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert time.monotonic() - started < 10  # not after the delayed answer
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "compute-clients: interrupted"
    assert out == ""
    shell.scan(first + out + err)
