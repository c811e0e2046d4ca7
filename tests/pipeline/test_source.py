"""What a provider folder's spec is: its root and the files the root may ``$ref``, never our notes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from tests._scripts import submodule

from .conftest import PIPELINE

source: Any = submodule(PIPELINE.package, "source")


def test_markdown_and_text_notes_are_ours_not_the_providers(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "widget.yaml").write_text("type: object\n", encoding="utf-8")
    for name in ("NOTES.md", "live-operations.txt", "overlay.yaml", "generator.yaml"):
        (tmp_path / name).write_text("# ours\n", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in source.spec_files(tmp_path)] == [
        "openapi.yaml",
        "schemas/widget.yaml",
    ]
    single = tmp_path / "single"
    single.mkdir()
    (single / "openapi.yaml").write_bytes(b"openapi: 3.0.3\n")
    (single / "live-operations.txt").write_text("GET /v1/x X_Get\n", encoding="utf-8")
    # A one-file spec hashes as its root's bytes (what a release records), whatever notes sit beside it.
    assert source.spec_sha256(single) == hashlib.sha256(b"openapi: 3.0.3\n").hexdigest()
