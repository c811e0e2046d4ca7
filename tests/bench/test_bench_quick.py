"""``scripts/bench.py --quick`` runs end to end and writes every figure: the benchmark cannot rot.

Timings on a shared machine are noise here; this checks the results file, never the numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MEASURES = {
    "cold_import",
    "call_get",
    "paginate_typed",
    "paging_rss",
    "async_pager",
    "sandbox_create",
    "generate_forced",
    "generate_noop",
    "cli_help",
    "cli_all",
}
KEYS = {"baseline", "value", "ratio", "target", "pass"}


@pytest.mark.slow
def test_quick_bench_writes_every_measure(tmp_path: Path) -> None:
    output = tmp_path / "bench-results.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "bench.py"), "--quick", "--output", str(output)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert set(data["results"]) == MEASURES
    for name, result in data["results"].items():
        assert set(result) >= KEYS, (name, KEYS - set(result))
        assert isinstance(result["pass"], bool), name
        assert result["value"] > 0 and result["baseline"] > 0, name
        assert result["target"], name
    for line in ("measure", *(r["measure"] for r in data["results"].values())):
        assert line in done.stdout
