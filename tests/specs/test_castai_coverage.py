"""specs/castai covers CAST AI's live API: counted against live-operations.txt by method and path."""

from __future__ import annotations

import json
import re

import pytest

from ._castai import LIVE, REPO, SPEC_DIR, UPSTREAM, live_operations, load_builder, spec, spec_operations

MINIMUM = 255  # of the 264 live operations (issue 15)
# Operations CAST AI documents outside its Go client; each is explained in NOTES.md.
DOCUMENTED_EXTRAS = {
    "ExternalClusterAPI_ListKubernetesClusters",
    "SpecAPI_GetOpenAPISpec",
    "AutoscalerAPI_ListRebalancingPlans",
    "AutoscalerAPI_GetRebalancingPlan",
    "AutoscalerAPI_GenerateRebalancingPlan",
    "AutoscalerAPI_ExecuteRebalancingPlan",
    "ClusterReportAPI_GetClusterCostReport",
    "ClusterReportAPI_GetClusterSavingsReport",
}


def test_live_list_names_its_source() -> None:
    header = [line for line in LIVE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert "castai/terraform-provider-castai" in text
    assert "castai/sdk/client.gen.go" in text
    assert re.search(r"commit [0-9a-f]{40}", text), "the header must name the commit the list comes from"
    count = re.search(r"Go client sees it: (\d+) operations", text)
    assert count is not None and int(count.group(1)) == len(live_operations()) == 264


def test_spec_covers_the_live_operations() -> None:
    live = live_operations()
    ours = spec_operations(spec())
    covered = [key for key in live if key in ours]
    missing = sorted(f"{m} {p} {live[(m, p)]}" for m, p in live if (m, p) not in ours)
    assert len(covered) >= MINIMUM, f"{len(covered)} of {len(live)} live operations; missing: {missing}"
    notes = (SPEC_DIR / "NOTES.md").read_text(encoding="utf-8")
    unexplained = [line for line in missing if line.split()[-1] not in notes]
    assert unexplained == [], "every live operation left out must be named in NOTES.md"


def test_matched_operations_keep_the_live_operation_ids() -> None:
    live = live_operations()
    ours = spec_operations(spec())
    renamed = {key: (live[key], op["operationId"]) for key, op in ours.items() if key in live}
    assert {k: v for k, v in renamed.items() if v[0] != v[1]} == {}


def test_operations_beyond_the_live_list_are_the_documented_extras() -> None:
    live = live_operations()
    extras = {op["operationId"] for key, op in spec_operations(spec()).items() if key not in live}
    assert extras == DOCUMENTED_EXTRAS
    notes = (SPEC_DIR / "NOTES.md").read_text(encoding="utf-8")
    extras_section = notes.split("## Documented extras", 1)[1].split("\n## ", 1)[0]
    assert all(name in extras_section for name in extras), "each extra is listed under 'Documented extras'"
    assert "docs.cast.ai" in extras_section, "the extras name where CAST AI documents them"


def test_every_cursor_list_pages_through_the_facade() -> None:
    """A GET taking a cursor parameter has x-pagination naming it (the effective spec, overlay applied)."""
    effective = json.loads((REPO / "generated" / "castai_client" / "_openapi.json").read_text(encoding="utf-8"))
    unpaged = []
    for (method, path), op in spec_operations(effective).items():
        names = {p["name"] for p in op.get("parameters") or [] if p["in"] == "query"}
        cursor = names & {"page.cursor", "pageToken", "cursor"}
        pag = op.get("x-pagination") or {}
        if method == "GET" and cursor and (pag.get("style") != "cursor" or pag.get("cursor_param") not in cursor):
            unpaged.append(f"{op['operationId']} ({path})")
    assert unpaged == []


@pytest.mark.skipif(not (UPSTREAM / "client.gen.go").exists(), reason=f"no Go client files at {UPSTREAM}")
def test_committed_files_are_what_the_script_writes_from_the_go_client() -> None:
    commit = re.search(r"commit ([0-9a-f]{40})", LIVE.read_text(encoding="utf-8"))
    assert commit is not None
    out = load_builder().build(UPSTREAM, commit.group(1))
    assert out.live_text == LIVE.read_text(encoding="utf-8")
    assert out.spec_text == (SPEC_DIR / "openapi.yaml").read_text(encoding="utf-8"), (
        "specs/castai/openapi.yaml differs from the script's output: re-run python scripts/castai_spec (NOTES.md)"
    )
