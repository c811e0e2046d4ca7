"""`generate` and `check` on temp copies of the repo: deterministic, incremental, one provider, stale trees.

Generation is the expensive part (~3 s a provider), so the module builds two copies once, in
parallel, and the tests read them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import (
    REPO,
    SMALLEST,
    copy_repo,
    load_pipeline,
    pipeline_cmd,
    run_many,
    run_pipeline,
    status_lines,
    tree_digest,
    tree_hash,
)

if TYPE_CHECKING:
    from pathlib import Path

OTHER = "fluence"  # a second provider that must not be touched by `generate cloudapi`


class Built:
    """Two independent copies, each generated once with --force."""

    def __init__(self, base: Path) -> None:
        self.a = copy_repo(base / "a", [SMALLEST, OTHER])
        self.b = copy_repo(base / "b", [SMALLEST])
        self.other_before = tree_hash(self.a / "generated" / f"{OTHER}_client")
        # Different working directories and hash seeds: neither may leak into the output. The
        # real repo as a working directory has a pyproject.toml with its own ruff settings, which
        # a formatter must not pick up.
        elsewhere = REPO
        procs = [
            subprocess.Popen(
                pipeline_cmd(root, "generate", "--force", SMALLEST),
                cwd=cwd,
                env={**os.environ, "PYTHONHASHSEED": seed},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for root, cwd, seed in ((self.a, self.a, "1"), (self.b, elsewhere, "2"))
        ]
        self.outputs: list[tuple[int, str, str]] = []
        for proc in procs:
            out, err = proc.communicate(timeout=180)
            self.outputs.append((proc.returncode, out, err))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    result = Built(tmp_path_factory.mktemp("generate"))
    for code, out, err in result.outputs:
        assert code == 0, f"{out}\n{err}"
    return result


def test_generate_prints_a_line_per_provider(built: Built) -> None:
    _code, out, _err = built.outputs[0]
    line = next(line for line in out.splitlines() if line.startswith(SMALLEST))
    words = line.split()
    assert words[1] == "generated"
    assert int(words[2]) == 13
    assert words[3] == "operations"
    assert float(words[4]) > 0
    assert words[5] == "s"


def test_two_runs_give_byte_identical_trees(built: Built) -> None:
    first = tree_digest(built.a / "generated" / f"{SMALLEST}_client")
    second = tree_digest(built.b / "generated" / f"{SMALLEST}_client")
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert not differing
    assert "_manifest.json" in first
    assert "_sandbox_models.py" not in first  # nothing imported it: no longer generated
    assert "client.py" in first


def test_output_has_no_timestamps_or_temp_paths(built: Built) -> None:
    root = built.a / "generated" / f"{SMALLEST}_client"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ".generate-" not in text, path
        assert str(built.a) not in text, path
        assert "timestamp:" not in text.lower(), path
    assert not list(root.rglob(".ruff_cache"))
    assert not list(root.rglob(".*-work"))
    assert not list(built.a.glob(".generate-*")), "the temp build dir was left behind"


def test_generating_one_provider_leaves_the_others_alone(built: Built) -> None:
    _code, out, _err = built.outputs[0]
    assert set(status_lines(out)) == {SMALLEST}
    assert tree_hash(built.a / "generated" / f"{OTHER}_client") == built.other_before


def test_noop_run_regenerates_nothing(built: Built) -> None:
    before = tree_digest(built.b / "generated")
    mtimes = {p: p.stat().st_mtime_ns for p in (built.b / "generated").rglob("*")}
    started = time.perf_counter()
    result = run_pipeline(built.b, "generate")
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert status_lines(result.stdout) == {SMALLEST: "unchanged"}
    assert tree_digest(built.b / "generated") == before
    assert {p: p.stat().st_mtime_ns for p in (built.b / "generated").rglob("*")} == mtimes
    assert elapsed < 5, f"a no-op run took {elapsed:.1f} s"  # a real build takes ~3 s more than this


def test_inputs_hash_covers_every_input(built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    """What decides "unchanged": spec, overlay, generator config and tool versions."""
    stamp: Any = load_pipeline(built.b, "pipeline_copy_b").stamp
    base = stamp.inputs_hash(SMALLEST)
    assert stamp.read_stamp(SMALLEST) == base  # the fresh build recorded it, read back as JSON data
    manifest = json.loads((built.b / "generated" / f"{SMALLEST}_client" / "_manifest.json").read_text())
    assert manifest["inputs_sha256"] == base
    inputs = [built.b / "specs" / SMALLEST / name for name in ("openapi.yaml", "overlay.yaml", "generator.yaml")]
    inputs += [built.b / "scripts" / "pipeline" / "templates" / "endpoint_module.py.jinja"]
    inputs += [built.b / "scripts" / "pipeline" / "hooks.py", built.b / "facade" / "_vocabulary.py"]
    for path in inputs:
        original = path.read_bytes()
        try:
            path.write_bytes(original + b"\n# an edit\n")
            assert stamp.inputs_hash(SMALLEST) != base, path
        finally:
            path.write_bytes(original)
    assert stamp.inputs_hash(SMALLEST) == base
    versions = stamp.tool_versions()
    monkeypatch.setattr(stamp, "tool_versions", lambda: {**versions, "openapi-python-client": "0.0.1"})
    assert stamp.inputs_hash(SMALLEST) != base


class SecondRound:
    """`check` on the fresh copy, `check` on a stale copy, and --force on a hand-edited copy, concurrently."""

    def __init__(self, built: Built, base: Path) -> None:
        self.stale = self._clone(built, base / "stale")
        client = self.stale / "generated" / f"{SMALLEST}_client"
        (client / "models" / "project.py").write_text("# edited by hand\n", encoding="utf-8")
        (client / "api" / "usage" / "get_usage.py").unlink()
        (client / "stray.py").write_text("", encoding="utf-8")
        self.stale_before = tree_digest(self.stale / "generated")

        self.forced = self._clone(built, base / "forced")
        self.fresh_tree = tree_digest(self.forced / "generated")
        (self.forced / "generated" / f"{SMALLEST}_client" / "client.py").write_text("# hand edit\n")

        [self.fresh_check], [self.stale_check], [self.plain, self.force] = run_many(
            [(built.b, ("check",))],
            [(self.stale, ("check",))],
            [(self.forced, ("generate", SMALLEST)), (self.forced, ("generate", "--force"))],
        )

    @staticmethod
    def _clone(built: Built, root: Path) -> Path:
        copy_repo(root, [])
        shutil.copytree(built.b / "specs" / SMALLEST, root / "specs" / SMALLEST)
        for name in (f"{SMALLEST}_client", "compute_clients_registry"):
            shutil.copytree(built.b / "generated" / name, root / "generated" / name)
        return root


@pytest.fixture(scope="module")
def second(built: Built, tmp_path_factory: pytest.TempPathFactory) -> SecondRound:
    return SecondRound(built, tmp_path_factory.mktemp("second"))


def test_force_regenerates_an_unchanged_provider(second: SecondRound) -> None:
    # Without --force the hand edit survives: the stamp matches, so nothing is rebuilt...
    assert status_lines(second.plain.stdout) == {SMALLEST: "unchanged"}
    # ...and --force rebuilds every provider, restoring the fresh tree byte for byte.
    assert second.force.returncode == 0, second.force.stderr
    assert status_lines(second.force.stdout) == {SMALLEST: "generated"}
    assert tree_digest(second.forced / "generated") == second.fresh_tree


def test_unknown_provider_is_refused(built: Built) -> None:
    before = tree_hash(built.b / "generated")
    result = run_pipeline(built.b, "generate", "nosuchprovider")
    assert result.returncode == 2
    assert "nosuchprovider" in result.stderr
    assert tree_hash(built.b / "generated") == before


def test_check_passes_on_a_fresh_tree(second: SecondRound) -> None:
    assert second.fresh_check.returncode == 0, second.fresh_check.stderr
    assert "up to date" in second.fresh_check.stdout


def test_check_fails_with_a_diff_summary_on_a_stale_tree(second: SecondRound) -> None:
    result = second.stale_check
    assert result.returncode == 1
    assert "stale (3 differences)" in result.stderr
    assert f"differs: {SMALLEST}_client/models/project.py" in result.stderr
    assert f"missing from generated/: {SMALLEST}_client/api/usage/get_usage.py" in result.stderr
    assert f"only in generated/: {SMALLEST}_client/stray.py" in result.stderr
    assert tree_digest(second.stale / "generated") == second.stale_before  # check never writes
    assert not list(second.stale.glob(".check-*"))


def test_specs_command_on_a_copy(built: Built) -> None:
    result = run_pipeline(built.a, "specs")
    assert result.returncode == 0, result.stderr
    table = result.stdout.split("\n\n")[0]  # repairs and inferences follow the table
    rows = {line.split()[0]: line.split() for line in table.splitlines()[1:]}
    assert set(rows) == {SMALLEST, OTHER, "total"}
    assert rows[SMALLEST][1] == "13"
    assert "Projects 2" in " ".join(rows[SMALLEST])


CASED_SPEC = """
openapi: 3.0.3
info: {title: Cased, version: "1.0"}
paths:
  /clouds:
    get:
      operationId: listClouds
      tags: [clouds]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Cloud"}
components:
  schemas:
    Cloud:
      type: object
      properties:
        cloud: {type: string, enum: [aws, AWS, gcp, GCP, azure, AZURE, Oci, OCI, oci]}
"""


def test_literal_enums_come_out_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Values that differ only by case (CAST AI's AWS and aws) sort case-sensitively, not in set order."""
    roots = []
    for name in ("one", "two"):
        root = copy_repo(tmp_path / name, [])
        (root / "specs" / "cased").mkdir()
        (root / "specs" / "cased" / "openapi.yaml").write_text(CASED_SPEC, encoding="utf-8")
        config = "project_name_override: cased-client\npackage_name_override: cased_client\nliteral_enums: true\n"
        (root / "specs" / "cased" / "generator.yaml").write_text(config, encoding="utf-8")
        roots.append(root)
    procs = [
        subprocess.Popen(
            pipeline_cmd(root, "generate", "cased"),
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},  # not pinned by the caller: the pipeline needs no pin
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for root, seed in zip(roots, ("3", "4"), strict=True)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, f"{out}\n{err}"
    first, second = (tree_digest(root / "generated" / "cased_client") for root in roots)
    assert first == second
    module = (roots[0] / "generated" / "cased_client" / "models" / "cloud_cloud.py").read_text(encoding="utf-8")
    assert 'Literal["AWS", "AZURE", "GCP", "OCI", "Oci", "aws", "azure", "gcp", "oci"]' in module
