"""Loading YAML safely: hostile files fail fast, in little memory, naming file and line (issue #11.4)."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from .conftest import PIPELINE

load: Any = PIPELINE.load


def _bomb(levels: int) -> str:
    lines = [f"lol0: &l0 [{', '.join(['lol'] * 9)}]"]
    lines += [f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_fails_fast_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(_bomb(10), encoding="utf-8")  # 9**10 = 3.5 billion strings once expanded
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(Exception, match=r"refusing an alias bomb") as caught:
            load.load(path)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert type(caught.value).__name__ == "SpecError"
    assert str(caught.value).startswith(f"{path}:line 6: ")  # the first alias past the limit
    assert elapsed < 1.0
    assert peak < 5 * 1024 * 1024


def test_anchors_within_the_limit_load_as_independent_copies(tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text("base: &b {type: string}\none: *b\ntwo: *b\nthree: {<<: *b, format: uuid}\n", encoding="utf-8")
    data = load.load(path)
    assert data == {
        "base": {"type": "string"},
        "one": {"type": "string"},
        "two": {"type": "string"},
        "three": {"type": "string", "format": "uuid"},
    }
    data["one"]["type"] = "integer"  # an overlay writing into one copy never reaches the others
    assert data["two"] == {"type": "string"}


def test_a_moderate_expansion_of_a_large_file_is_allowed(tmp_path: Path) -> None:
    # ~60,000 nodes once expanded from a file of ~1,700 bytes: under the 100,000-node floor.
    path = tmp_path / "ok.yaml"
    path.write_text(_bomb(5), encoding="utf-8")
    assert len(load.load(path)["lol4"]) == 9


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: 1\nloop: &loop [1, *loop]\n", r"alias \*loop refers to its own anchor \(a cycle\)", 2),
        ("a: 1\ndeep: " + "[" * 100_000 + "]" * 100_000 + "\n", r"nested more than 200 levels deep", 2),
        ("a: 1\nb: [unclosed\n", r"invalid YAML", None),
        ("- just\n- a list\n", r"the document must be a mapping", None),
    ],
    ids=["recursive alias", "100,000 levels deep", "syntax error", "not a mapping"],
)
def test_bad_documents_are_spec_errors_with_a_place(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(Exception, match=message) as caught:
        load.load(path)
    assert type(caught.value).__name__ == "SpecError"
    assert time.perf_counter() - started < 1.0  # libyaml would crash or crawl on the deep one
    if line is not None:
        assert str(caught.value).startswith(f"{path}:line {line}: ")


def test_an_oversized_file_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 2000 + "\n", encoding="utf-8")
    monkeypatch.setattr(load, "MAX_BYTES", 1000)
    with pytest.raises(Exception, match=r"the file is 2,004 bytes; the limit is 1,000"):
        load.load(path)


def test_json_specs_load_too(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text('{"openapi": "3.1.0", "paths": {"/a": {"get": {"operationId": "a"}}}}', encoding="utf-8")
    assert load.load(path)["paths"]["/a"]["get"]["operationId"] == "a"
