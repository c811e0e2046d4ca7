"""Checked by mypy --strict (nox -s typecheck): a call through a generated module is typed.

Responses and items are the generated models; parameters are checked by name and type
(tests/typing/test_mypy_errors.py proves the wrong ones fail).
"""

from __future__ import annotations

from typing import Any, assert_type
from uuid import UUID

from cloudapi_client.api.keys import create_key, revoke_key
from cloudapi_client.api.usage import get_usage
from cloudapi_client.api.users import get_user, list_users
from cloudapi_client.models.create_key_request import CreateKeyRequest
from cloudapi_client.models.created_key_response import CreatedKeyResponse
from cloudapi_client.models.key_revocation_response import KeyRevocationResponse
from cloudapi_client.models.usage_response import UsageResponse
from cloudapi_client.models.user import User
from cloudapi_client.models.user_response import UserResponse
from fluence_client.api.marketplace import search_offers
from fluence_client.models.market_offering import MarketOffering
from ionet_client.api.api_keys import get_api_key
from ionet_client.models.single_api_key import SingleApiKey

import facade


def sync_types(client: facade.Client) -> None:
    pager = client.paginate(list_users, limit=100)
    assert_type(pager, facade.Pager[User])
    for user in pager:
        assert_type(user, User)
    for page in pager.pages():
        assert_type(page.items, list[User])
    assert_type(client.call(get_usage), UsageResponse)
    assert_type(client.call(get_usage, timeout=2.0, max_retries=0), UsageResponse)
    assert_type(client.call(get_user, "usr_1"), UserResponse)
    assert_type(client.call(get_user, user_id="usr_1"), UserResponse)
    assert_type(client.call(revoke_key, key_id="key_1"), KeyRevocationResponse)
    created = client.call(create_key, body={"name": "ci", "project_id": "p"}, idempotency_key="k-1")
    assert_type(created, CreatedKeyResponse)
    assert_type(client.call(create_key, body=CreateKeyRequest(name="ci", project_id="p")), CreatedKeyResponse)
    assert_type(client.call("getUsage"), Any)
    assert_type(client.paginate("listUsers"), facade.Pager[Any])
    assert_type(client.paginate(search_offers, body={}), facade.Pager[MarketOffering])


async def async_types(client: facade.AsyncClient) -> None:
    async for user in client.paginate(list_users):
        assert_type(user, User)
    assert_type(client.paginate(list_users, concurrency=4), facade.AsyncPager[User])
    assert_type(await client.call(get_usage), UsageResponse)
    assert_type(await client.call(get_user, "usr_1"), UserResponse)


def uuid_parameters(client: facade.Client, key_id: UUID) -> None:
    # A uuid parameter takes the UUID a model holds or the string a user has (both are str()'d).
    assert_type(client.call(get_api_key, key_id), SingleApiKey)
    assert_type(client.call(get_api_key, key_id="0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c"), SingleApiKey)


def connect_types() -> None:
    assert_type(facade.connect("cloudapi"), facade.Client)
    assert_type(facade.aconnect("fluence"), facade.AsyncClient)
