"""Checked by mypy --strict (nox -s typecheck): a generated module gives typed results."""

from __future__ import annotations

from typing import Any, assert_type

from cloudapi_client.api.usage import get_usage
from cloudapi_client.api.users import list_users
from cloudapi_client.models.usage_response import UsageResponse
from cloudapi_client.models.user import User
from fluence_client.api.marketplace import search_offers
from fluence_client.models.market_offering import MarketOffering

import facade


def sync_types(client: facade.Client) -> None:
    pager = client.paginate(list_users, limit=100)
    assert_type(pager, facade.Pager[User])
    for user in pager:
        assert_type(user, User)
    for page in pager.pages():
        assert_type(page.items, list[User])
    assert_type(client.call(get_usage), UsageResponse)
    assert_type(client.call("getUsage"), Any)
    assert_type(client.paginate(search_offers), facade.Pager[MarketOffering])


async def async_types(client: facade.AsyncClient) -> None:
    async for user in client.paginate(list_users):
        assert_type(user, User)
    assert_type(await client.call(get_usage), UsageResponse)
