"""The overlay's trace blames it for what it wrote, merged, appended or removed (in-process)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import PIPELINE

SPEC = """\
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Things'}
components:
  schemas:
    Things: {type: array, items: {type: string}}
"""
OVERLAY = """\
overlay: 1.0.0
info: {title: ours, version: '1'}
actions:
  - target: $.paths['/things'].get
    update:
      parameters:
        - {name: cursor, in: query, schema: {$ref: '#/components/schemas/Cursor'}}
"""


def _run(tmp_path: Path, overlay: str) -> Any:
    spec_path, overlay_path = tmp_path / "openapi.yaml", tmp_path / "overlay.yaml"
    spec_path.write_text(SPEC, encoding="utf-8")
    overlay_path.write_text(overlay, encoding="utf-8")
    spec = PIPELINE.load.load(spec_path)
    result, trace = PIPELINE.overlay.apply(spec, PIPELINE.load.load(overlay_path), overlay_path)
    PIPELINE.validate.validate(result, spec_path, trace)
    return result


def test_a_bad_ref_in_an_appended_array_item_names_the_overlay_line(tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"dangling \$ref '#/components/schemas/Cursor'") as caught:
        _run(tmp_path, OVERLAY)
    assert str(caught.value).startswith(
        f"{tmp_path / 'overlay.yaml'}:line 7 (#/actions/0/update/parameters/0/schema): "
    )


def test_the_trace_maps_spec_places_to_overlay_places(tmp_path: Path) -> None:
    spec = PIPELINE.load.load(_write(tmp_path / "openapi.yaml", SPEC))
    fixed = OVERLAY.replace("$ref: '#/components/schemas/Cursor'", "type: string")
    fixed += "  - target: $.paths['/things'].get\n    update: {x-pagination: {style: none, items: $}}\n"
    overlay_path = _write(tmp_path / "overlay.yaml", fixed)
    result, trace = PIPELINE.overlay.apply(spec, PIPELINE.load.load(overlay_path), overlay_path)
    op = ("paths", "/things", "get")
    assert result["paths"]["/things"]["get"]["parameters"][1]["name"] == "cursor"
    assert trace.origin((*op, "parameters", 1, "schema")) == ("actions", 0, "update", "parameters", 0, "schema")
    assert trace.origin((*op, "x-pagination", "items")) == ("actions", 1, "update", "x-pagination", "items")
    assert trace.origin((*op, "parameters", 0)) is None  # the provider's own parameter
    assert spec["paths"]["/things"]["get"]["parameters"] == [
        {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    ]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("List users", "List users"),
        ("Short\nsecond line ignored", "Short"),
        ("word " * 30, ("word " * 23).strip() + "…"),
        ("a `code span that runs past the limit " + "x " * 60, "a…"),
    ],
)
def test_a_long_summary_is_cut_at_a_word_never_inside_markup(summary: str, expected: str) -> None:
    out = PIPELINE.schema.summary({"summary": summary})
    assert out == expected
    assert len(out) <= 120 and out.count("`") % 2 == 0
