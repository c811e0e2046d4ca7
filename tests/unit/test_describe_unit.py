"""client.describe(): what an operation takes, from the manifest and the shipped spec (no request made)."""

from __future__ import annotations

import pytest

import facade


def test_describe_names_parameters_body_and_paging() -> None:
    with facade.connect("cloudapi", api_key="sk_test_unused") as cloud:
        info = cloud.describe("createKey")
        assert (info.method, info.path, info.tag) == ("POST", "/v1/keys", "keys")
        assert info.summary == "Create an API key"
        assert [(p.name, p.python_name, p.location, p.required) for p in info.parameters] == [
            ("Idempotency-Key", "idempotency_key", "header", False)
        ]
        assert info.body_required and info.body_media == "application/json"
        assert {(f.name, f.required) for f in info.body_fields} == {("project_id", True), ("name", False)}
        assert info.idempotency_header == "Idempotency-Key"
        assert info.paging is None
        listing = cloud.describe("listUsers")
        assert listing.paging is not None
        assert (listing.paging.style, listing.paging.items) == ("cursor", "$.data")
        assert set(listing.paging.managed) == {"cursor", "limit"}
        assert listing.paging.size_param == "limit"
        assert listing.paging.total is None  # a cursor list that does not count its items
        text = str(listing)
        assert text.startswith("cloudapi.listUsers: GET /v1/users") and "paging: cursor" in text


def test_describe_reads_descriptions_and_python_names_of_dotted_parameters() -> None:
    with facade.connect("castai", api_key="unused") as castai:
        infos = [castai.describe(o) for o in castai.operations]
        dotted = [i for i in infos if i.paging is not None and any(p.name == "page.cursor" for p in i.parameters)]
        assert dotted, "CAST AI pages with page.cursor / page.limit"
        for info in dotted:
            assert info.paging is not None and "page_cursor" in info.paging.managed
            assert all("." not in p.python_name for p in info.parameters)
    with facade.connect("cloudapi", api_key="unused") as cloud:
        described = [p for o in cloud.operations for p in cloud.describe(o).parameters if p.description]
        assert described, "parameter descriptions come from the shipped spec"


def test_describe_unknown_operation_suggests_the_right_one() -> None:
    with (
        facade.connect("cloudapi", api_key="unused") as cloud,
        pytest.raises(facade.ConfigurationError, match="did you mean 'createKey'"),
    ):
        cloud.describe("createkey")
