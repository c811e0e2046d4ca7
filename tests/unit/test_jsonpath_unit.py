"""The shared JSON-path / pointer vocabulary (facade._jsonpath) and the overlay schemas."""

from __future__ import annotations

import pytest

from facade import _jsonpath as jp


@pytest.mark.parametrize(
    ("expr", "parts"),
    [
        ("$", ()),
        ("$.data", ("data",)),
        ("$.data.deployments[3].status", ("data", "deployments", 3, "status")),
        ("$['page.limit']", ("page.limit",)),
        ('$["it\'s"]', ("it's",)),
        ("$.meta.next-cursor", ("meta", "next-cursor")),
    ],
)
def test_parse_and_render_round_trip(expr: str, parts: tuple[str | int, ...]) -> None:
    assert jp.parse(expr) == parts
    assert jp.parse(jp.render(parts)) == parts


@pytest.mark.parametrize("bad", ["data", "$..x", "$.a[*]", "$.a[", "$[?(@.x)]"])
def test_unsupported_paths_name_the_position(bad: str) -> None:
    with pytest.raises(jp.PathError, match="path"):
        jp.parse(bad)


def test_get_and_put() -> None:
    doc = {"data": {"items": [{"id": "a"}, {"id": "b"}]}}
    assert jp.get(doc, "$.data.items[1].id") == "b"
    assert jp.get(doc, "$.data.items[5].id", "none") == "none"
    assert jp.get(doc, "$.data.missing.deeper") is None
    assert jp.get([1, 2], "$") == [1, 2]
    out = jp.put({}, "$.meta.next_cursor", "c1")
    assert out == {"meta": {"next_cursor": "c1"}}
    assert jp.put({"x": 1}, "$", [3]) == [3]


def test_pointers_and_refs() -> None:
    assert jp.pointer(["paths", "/v1/users", "get"]) == "#/paths/~1v1~1users/get"
    assert jp.unpointer("#/paths/~1v1~1users/get") == ("paths", "/v1/users", "get")
    doc = {"a": {"$ref": "#/b"}, "b": {"type": "string"}, "c": {"$ref": "#/d"}, "d": {"$ref": "#/c"}}
    assert jp.resolve(doc, doc["a"], "#/a") == ({"type": "string"}, "#/b")
    with pytest.raises(jp.RefCycleError) as info:
        jp.resolve(doc, doc["c"], "#/c")
    assert info.value.chain == ["#/c", "#/d", "#/c"]
    with pytest.raises(KeyError):
        jp.resolve(doc, {"$ref": "#/nowhere"})
    with pytest.raises(jp.PathError, match="local"):
        jp.unpointer("other.yaml#/x")


def test_find_selects_with_wildcards_and_negative_indexes() -> None:
    doc = {"data": [{"id": "a", "tags": ["x"]}, {"id": "b", "tags": ["y", "z"]}], "meta": {"n": 2, "m": 3}}
    assert jp.find(doc, "$.data[*].id") == ["a", "b"]
    assert jp.find(doc, "$.data.*.tags[*]") == ["x", "y", "z"]
    assert jp.find(doc, "$.meta.*") == [2, 3]
    assert jp.find(doc, "$.data[-1].id") == ["b"]
    assert jp.get(doc, "$.data[-1].id") == "b"
    assert jp.find(doc, "$.data[5].id") == []
    assert jp.find(doc, "$.missing[*]") == []
    assert jp.find(doc, "$") == [doc]
    assert jp.find([1, 2], "$[*]") == [1, 2]
    assert jp.find({"*": 1}, "$['*']") == [1]


def test_singular_paths_and_wildcards_outside_find() -> None:
    assert jp.is_singular("$.data[0].id")
    assert not jp.is_singular("$.data[*].id")
    with pytest.raises(jp.PathError, match=r"wildcard.*find\(\)"):
        jp.parse("$.data[*].id")
    with pytest.raises(jp.PathError, match="position 3"):
        jp.find({}, "$.a[?(@.x)]")
