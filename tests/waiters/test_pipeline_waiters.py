"""x-waiters through the pipeline: validated like x-pagination, blamed on the overlay, carried in the manifest."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests._scripts import submodule
from tests.pipeline.conftest import REPO, copy_repo, load_pipeline, run_pipeline, status_lines, tree_hash

PIPELINE = load_pipeline()
SpecError = submodule(PIPELINE.package, "errors").SpecError
CLUSTER = "/orgs/{org_id}/clusters/{cluster_id}"
NODE = "/orgs/{org_id}/clusters/{cluster_id}/nodes/{node_id}"
Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def stackpoint() -> Any:
    return PIPELINE.spec.effective("stackpoint")


@pytest.fixture(scope="module")
def fluence() -> Any:
    return PIPELINE.spec.effective("fluence")


def _waiter(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path]["get"]["x-waiters"][name]
    return found


def _acceptor(spec: dict[str, Any], path: str, name: str, i: int) -> dict[str, Any]:
    found: dict[str, Any] = _waiter(spec, path, name)["acceptors"][i]
    return found


def _clash(spec: dict[str, Any]) -> None:
    spec["paths"][CLUSTER]["get"].setdefault("parameters", []).append(
        {"name": "maxDelay", "in": "query", "schema": {"type": "integer"}}
    )


STACKPOINT_CASES: dict[str, tuple[Mutation, str, str]] = {
    # name: (mutation, where (JSON pointer tail), message)
    "expected value outside the enum": (
        lambda s: _acceptor(s, CLUSTER, "clusterRunning", 0).update(expected="runing"),
        "/clusterRunning/acceptors/0/expected",
        r"'runing' is not one of the values \$\.state takes: 'draft', 'building'",
    ),
    "path not in the response": (
        lambda s: _acceptor(s, CLUSTER, "clusterRunning", 0).update(argument="$.status"),
        "/clusterRunning/acceptors/0/argument",
        r"'\$\.status' is not in the 2xx response schema",
    ),
    "expected value of the wrong type": (
        lambda s: _acceptor(s, CLUSTER, "clusterRunning", 2).update(expected="yes"),
        "/clusterRunning/acceptors/2/expected",
        r"'yes' is not a boolean, the type of \$\.is_failed",
    ),
    "status the operation does not declare": (
        lambda s: _acceptor(s, CLUSTER, "clusterDeleted", 1).update(expected=410),
        "/clusterDeleted/acceptors/1/expected",
        r"HTTP 410 is not a response getCluster declares",
    ),
    "name declared on two operations": (
        lambda s: s["paths"][NODE]["get"]["x-waiters"].update(
            clusterRunning=copy.deepcopy(_waiter(s, NODE, "nodeRunning"))
        ),
        "/clusterRunning",
        r"waiter 'clusterRunning' is declared twice \(also at #/paths/~1orgs~1\{org_id\}~1clusters~1\{cluster_id\}/get",
    ),
    "fixed parameter the operation lacks": (
        lambda s: _waiter(s, CLUSTER, "clusterRunning").update(params={"verbose": True}),
        "/clusterRunning/params/verbose",
        r"params: 'verbose' is not a parameter of getCluster",
    ),
    "max_delay below delay": (
        lambda s: _waiter(s, CLUSTER, "clusterRunning").update(delay=90),
        "/clusterRunning/max_delay",
        r"max_delay 60 is below delay 90",
    ),
    "a parameter named like wait()'s own keyword": (
        _clash,
        "/clusterRunning",
        r"parameter 'maxDelay' would clash with wait\(\)'s own keyword",
    ),
    "no success acceptor": (
        lambda s: _waiter(s, CLUSTER, "clusterRunning")["acceptors"].pop(0),
        "/clusterRunning/acceptors",
        r"x-waiters of getCluster .*does not contain items matching",
    ),
    "an unknown matcher": (
        lambda s: _acceptor(s, CLUSTER, "clusterRunning", 0).update(matcher="jmespath"),
        "/clusterRunning/acceptors/0/matcher",
        r"'jmespath' is not one of \['path', 'pathAll', 'pathAny', 'status'\]",
    ),
}


@pytest.mark.parametrize("name", STACKPOINT_CASES)
def test_bad_waiter_is_refused_with_its_place(name: str, stackpoint: Any) -> None:
    mutate, where, message = STACKPOINT_CASES[name]
    spec = copy.deepcopy(stackpoint.spec)
    mutate(spec)
    with pytest.raises(SpecError) as caught:
        PIPELINE.validate.check_vocabulary(spec, stackpoint.blame)
    text = str(caught.value)
    assert re.search(message, text), text
    assert f"/x-waiters{where}" in text.split(": ", 1)[0], text


@pytest.mark.parametrize(
    ("matcher", "argument", "message"),
    [
        ("path", "$[*].status", r"'\$\[\*\]\.status' selects many values: use pathAll or pathAny"),
        ("pathAll", "$[0].status", r"pathAll compares every value a wildcard path selects; '\$\[0\]\.status' has none"),
        ("pathAny", "$[*].state", r"'\$\[\*\]\.state' is not in the 2xx response schema"),
        ("pathAll", "$[*]..status", r"unsupported path"),
    ],
)
def test_wildcards_go_with_path_all_and_path_any(matcher: str, argument: str, message: str, fluence: Any) -> None:
    spec = copy.deepcopy(fluence.spec)
    _acceptor(spec, "/vms/v3/status", "vmsActive", 0).update(matcher=matcher, argument=argument)
    with pytest.raises(SpecError, match=message):
        PIPELINE.validate.check_vocabulary(spec, fluence.blame)


def test_the_overlays_waiters_are_valid_and_in_the_manifests() -> None:
    """Every waiter of every provider: its operation exists, params are Python names, defaults filled in."""
    seen = {}
    for manifest_path in sorted((REPO / "generated").glob("*_client/_manifest.json")):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        for name, waiter in manifest["waiters"].items():
            op = manifest["operations"][waiter["operation"]]
            assert op["method"] == "GET", name  # a waiter polls; it never changes anything
            python = {p["python"] for p in op["params"]}
            assert set(waiter["params"]) <= python, name
            assert {"delay", "max_delay", "timeout"} <= set(waiter) and waiter["delay"] <= waiter["max_delay"], name
            assert all(isinstance(a["expected"], list) for a in waiter["acceptors"]), name
            seen[name] = manifest["provider"]
    assert len(seen) >= 11 and {"ionet", "fluence", "stackpoint"} <= set(seen.values())


def test_a_bad_waiter_in_an_overlay_fails_generate_on_its_line(tmp_path: Path) -> None:
    """As `nox -s generate` runs it: the overlay's line is named and generated/ stays as it was."""
    root = copy_repo(tmp_path / "repo", ["stackpoint"])
    overlay = root / "specs" / "stackpoint" / "overlay.yaml"
    text = overlay.read_text(encoding="utf-8")
    old = "{state: success, matcher: path, argument: $.state, expected: running}"
    assert old in text, "the fixture text moved in specs/stackpoint/overlay.yaml: update the test"
    overlay.write_text(text.replace(old, old.replace("running", "runing"), 1), encoding="utf-8")
    line = next(i + 1 for i, row in enumerate(overlay.read_text(encoding="utf-8").splitlines()) if "runing" in row)
    before = tree_hash(root / "generated")

    result = run_pipeline(root, "generate", "stackpoint")

    assert result.returncode == 1, result.stdout + result.stderr
    assert status_lines(result.stdout) == {"stackpoint": "failed"}
    pattern = (
        rf"error: specs/stackpoint/overlay\.yaml:line {line} "
        r"\(#/actions/\d+/update/x-waiters/clusterRunning/acceptors/0/expected\): waiter clusterRunning of getCluster"
    )
    assert re.search(pattern, result.stderr), result.stderr
    assert tree_hash(root / "generated") == before
