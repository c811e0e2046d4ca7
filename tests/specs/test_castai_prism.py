"""The rebuilt CAST AI spec works end to end: the facade against a Prism mock of it on 127.0.0.1.

Prism answers every operation from the effective spec (generated/castai_client/_openapi.json)
and validates requests against it, so a wrong parameter or body shape comes back as a 400.
Its static mock returns the same one-item page and the same ``nextCursor`` ("string") every
time, which is enough to see the cursor read from the body and sent back on the next request.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from castai_client.api.external_cluster_api import external_cluster_api_get_cluster
from castai_client.models import CastaiAuthtokenV1Beta1AuthToken, ExternalclusterV1Cluster

import facade
from tests._prism import prism_mocks

from ._castai import REPO

SPEC = REPO / "generated" / "castai_client" / "_openapi.json"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("npx") is None, reason="needs Node's npx to run Prism"),
]


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with prism_mocks({"castai": SPEC}, tmp_path_factory.mktemp("prism")) as urls:
        yield urls["castai"]


@pytest.fixture
def cast(prism: str) -> Iterator[facade.Client]:
    with facade.connect("castai", api_key="castai-test-key", base_url=prism, max_retries=0) as client:
        yield client


def test_get_returns_the_typed_model(cast: facade.Client) -> None:
    cluster = cast.call(external_cluster_api_get_cluster, cluster_id="not-a-uuid")  # plain string ids
    assert isinstance(cluster, ExternalclusterV1Cluster)
    assert isinstance(cluster.created_at, datetime)
    assert cluster.id == "string" and cluster.created_at.year == 2019  # Prism's sample values


@pytest.mark.parametrize(
    ("operation", "arguments", "cursor", "limit"),
    [
        ("ExternalClusterAPI_ListNodes", {"cluster_id": "c-1"}, "page.cursor", "page.limit"),  # nextCursor
        ("ServiceAccountsAPI_ListServiceAccounts", {"organization_id": "o-1"}, "page.cursor", "page.limit"),
        ("InventoryAPI_ListZones", {}, "pageToken", "pageSize"),  # nextPageToken
    ],
)
def test_cursor_list_sends_the_cursor_it_was_given(
    cast: facade.Client, operation: str, arguments: dict[str, Any], cursor: str, limit: str
) -> None:
    pages = list(cast.paginate(operation, limit=5, max_items=2, **arguments).pages())
    assert [len(p.items) for p in pages] == [1, 1]
    first, second = (parse_qs(urlsplit(str(p.response.request.url)).query) for p in pages)
    assert cursor not in first and first[limit] == ["2"]  # min(limit, max_items)
    assert second[cursor] == ["string"] and second[limit] == ["2"]
    # Prism hands out the same cursor again: the facade stops instead of looping.
    with pytest.raises(facade.PaginationError, match="repeated"):
        list(cast.paginate(operation, **arguments))


def test_post_sends_the_body_and_parses_the_answer(cast: facade.Client) -> None:
    token = cast.call("AuthTokenAPI_CreateAuthToken", body={"name": "ci", "readonly": True})
    # Prism validated the body against the spec (else 400) and answers with its sample token.
    assert isinstance(token, CastaiAuthtokenV1Beta1AuthToken) and token.name == "string"
    with pytest.raises(facade.ParameterError, match="readonly"):  # refused before anything is sent
        cast.call("AuthTokenAPI_CreateAuthToken", body={"name": "ci", "readonly": "yes"})
    with pytest.raises(facade.BadRequestError) as bad:  # an integer, but beyond int32: Prism refuses it
        cast.call("AutoscalerAPI_GenerateRebalancingPlan", cluster_id="c-1", body={"minNodes": 2**31})
    assert bad.value.status_code == 400 and bad.value.message == "invalid request"
    assert "castai-test-key" not in str(bad.value)
