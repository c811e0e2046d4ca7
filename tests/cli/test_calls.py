"""Calls through the installed script: one per provider, bodies, parameters typed by the spec, outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import facade
from facade._cli_output import plain
from facade.sandbox import Sandbox, SandboxGroup
from tests._providers import provider_name

from .conftest import PROVIDERS, Shell

# A cheap read per provider, with its parameters as CLI flags and as call() arguments.
READS: dict[str, tuple[str, list[str], dict[str, Any]]] = {
    "castai": ("UsersAPI_CurrentUserProfile", [], {}),
    "cloudapi": ("getUser", ["--user-id", "usr_8f2"], {"user_id": "usr_8f2"}),
    "fluence": ("getHardware", [], {}),
    "fluence_cloud": (
        "get_vm_prices",
        ["--cluster-id", "92e6ed24-8bfa-4737-9409-a1aac994e1f5"],
        {"cluster_id": "92e6ed24-8bfa-4737-9409-a1aac994e1f5"},
    ),
    "ionet": ("listNodePools", [], {}),
    "stackpoint": ("getUser", [], {}),
}


def stable(doc: Any) -> Any:
    """``doc`` without request ids (a new one per request)."""
    if isinstance(doc, dict):
        return {k: stable(v) for k, v in doc.items() if k.lower().replace("_", "") != "requestid"}
    if isinstance(doc, list):
        return [stable(v) for v in doc]
    return doc


def direct(sb: Sandbox, operation: str, **params: Any) -> Any:
    """The same call made in-process through the facade, as JSON values."""
    with facade.connect(
        provider_name(sb.provider), base_url=sb.base_url, api_key=sb.api_key, credentials=sb.credentials
    ) as client:
        return plain(client.call(operation, **params))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_one_call_per_provider_prints_what_the_facade_returns(
    shell: Shell, sandboxes: SandboxGroup, provider: str
) -> None:
    sb = sandboxes[provider]
    operation, flags, params = READS[provider]
    proc = shell.run(provider, operation, *flags, "--output", "json", sb=sb)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    printed = json.loads(proc.stdout)
    assert printed and stable(printed) == stable(direct(sb, operation, **params))


def test_body_from_a_file_creates_the_resource(shell: Shell, sandboxes: SandboxGroup, tmp_path: Path) -> None:
    sb = sandboxes["cloudapi"]
    body = tmp_path / "key.json"
    body.write_text(json.dumps({"name": "from-a-file", "project_id": "proj_8f2c4"}), encoding="utf-8")
    proc = shell.run("cloudapi", "createKey", "--body", f"@{body}", "-o", "json", sb=sb)
    assert proc.returncode == 0, proc.stderr
    made = json.loads(proc.stdout)["data"]
    assert made["name"] == "from-a-file"
    assert made["id"] in {k["id"] for k in direct(sb, "listKeys", limit=100)["data"]}
    # The same from standard input, under the kebab-case name.
    proc = shell.run(
        "cloudapi", "create-key", "--body", "@-", stdin='{"name": "piped", "project_id": "proj_8f2c4"}', sb=sb
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["data"]["name"] == "piped"


def test_enum_parameters_reach_the_provider_as_the_spec_says(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["cloudapi"]
    proc = shell.run("cloudapi", "listKeys", "--status", "revoked", "--all", "-o", "jsonl", sb=sb)
    assert proc.returncode == 0, proc.stderr
    statuses = [json.loads(line)["status"] for line in proc.stdout.splitlines()]
    every = [k["status"] for k in direct(sb, "listKeys", limit=100)["data"]]
    assert statuses == ["revoked"] * every.count("revoked") and statuses


def test_datetime_parameters_are_parsed_for_the_generated_client(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["castai"]
    cluster = direct(sb, "ExternalClusterAPI_ListClusters")["items"][0]["id"]
    flags = ["--cluster-id", cluster, "--start-time", "2025-07-01T00:00:00Z", "--end-time", "2025-07-08T00:00:00Z"]
    proc = shell.run("castai", "ClusterReportAPI_GetClusterCostReport", *flags, "-o", "json", sb=sb)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)
    window = ["--start-time", "last tuesday", "--end-time", "2025-07-08T00:00:00Z"]
    bad = shell.run("castai", "ClusterReportAPI_GetClusterCostReport", "--cluster-id", cluster, *window, sb=sb)
    assert bad.returncode == 2
    assert "'--start-time'" in bad.stderr and "last tuesday" in bad.stderr


def test_outputs_agree(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["cloudapi"]
    as_json = stable(json.loads(shell.run("cloudapi", "getUsage", "-o", "json", sb=sb).stdout))
    assert stable(yaml.safe_load(shell.run("cloudapi", "getUsage", "-o", "yaml", sb=sb).stdout)) == as_json
    lines = shell.run("cloudapi", "getUsage", "-o", "jsonl", sb=sb).stdout.splitlines()
    assert [stable(json.loads(line)) for line in lines] == [as_json]
    table = shell.run("cloudapi", "getUsage", "-o", "table", sb=sb).stdout.splitlines()
    assert table[0].split() == ["field", "value"]
    assert table[2].split(None, 1)[0] == "data" and table[3].split(None, 1)[0] == "request_id"
    # A table of a page shows its items, one row each.
    page = shell.run("cloudapi", "listUsers", "--limit", "5", "-o", "table", sb=sb).stdout.splitlines()
    assert len(page) == 2 + 5 and "email" in page[0].split()


def test_query_picks_fields(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["cloudapi"]
    usage = direct(sb, "getUsage")
    proc = shell.run("cloudapi", "getUsage", "--query", "$.data.requests", "-o", "json", sb=sb)
    assert json.loads(proc.stdout) == usage["data"]["requests"]
    assert json.loads(shell.run("cloudapi", "getUsage", "-q", "$.nothing.here", sb=sb).stdout) is None
    proc = shell.run("cloudapi", "listUsers", "--limit", "4", "-q", "$.data[*].id", "-o", "json", sb=sb)
    assert json.loads(proc.stdout) == [u["id"] for u in direct(sb, "listUsers", limit=4)["data"]]


def test_sandbox_flag_needs_no_key(shell: Shell, sandboxes: SandboxGroup) -> None:
    proc = shell.run("cloudapi", "getUsage", "--sandbox", "--debug", "-o", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["data"]["requests"] >= 0
    assert proc.stderr.startswith("sandbox: cloudapi at http://127.0.0.1:")
    assert "'authorization': '[redacted]'" in proc.stderr
    # The command's sandbox has seed 1 like this session's, so the same keys: Shell.run scanned for them.
    twin = Sandbox("cloudapi", seed=1)  # not started: only its keys are looked at
    try:
        assert twin.credentials == sandboxes["cloudapi"].credentials
    finally:
        twin.close()
    assert set(sandboxes["cloudapi"].credentials.values()) <= shell.secrets


def test_debug_logs_every_request_without_the_key(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["cloudapi"]
    sb.faults.add(operation="getUsage", status=503, times=1)
    proc = shell.run("cloudapi", "getUsage", "--debug", "-o", "json", sb=sb)
    assert proc.returncode == 0, proc.stderr
    attempts = [line for line in proc.stderr.splitlines() if line.startswith("facade DEBUG GET ")]
    assert [" -> 503 " in attempts[0], " -> 200 " in attempts[1]] == [True, True], attempts
    assert "'authorization': '[redacted]'" in attempts[0]


def test_boolean_flags_and_their_negation(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["castai"]
    cluster = direct(sb, "ExternalClusterAPI_ListClusters")["items"][0]["id"]
    counts = {}
    for flags in ([], ["--unschedulable"], ["--no-unschedulable"]):
        listing = ["ExternalClusterAPI_ListNodes", "--cluster-id", cluster, "--page-limit", "100", *flags]
        proc = shell.run("castai", *listing, "-q", "$.items[*].id", "-o", "json", sb=sb)
        assert proc.returncode == 0, proc.stderr
        counts[" ".join(flags)] = len(json.loads(proc.stdout))

    def nodes(**flag: bool) -> int:  # one page holds them all
        return len(direct(sb, "ExternalClusterAPI_ListNodes", cluster_id=cluster, page_limit="100", **flag)["items"])

    expected = {
        "": nodes(),
        "--unschedulable": nodes(unschedulable=True),
        "--no-unschedulable": nodes(unschedulable=False),
    }
    assert counts == expected
    assert counts["--unschedulable"] + counts["--no-unschedulable"] == counts[""] and counts["--unschedulable"] > 0


def test_array_parameters_repeat_the_option(shell: Shell, sandboxes: SandboxGroup) -> None:
    sb = sandboxes["ionet"]
    proc = shell.run("ionet", "listVmHardware", "--gpu-family", "H100", "--gpu-family", "A100", "-o", "json", sb=sb)
    assert proc.returncode == 0, proc.stderr
    assert stable(json.loads(proc.stdout)) == stable(direct(sb, "listVmHardware", gpu_family=["H100", "A100"]))
    help_text = shell.run("ionet", "listVmHardware", "--help").stdout
    assert "repeat for several" in " ".join(help_text.split())
