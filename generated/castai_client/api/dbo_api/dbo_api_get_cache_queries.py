import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_api_get_cache_queries_sort_order import (
    DboApiGetCacheQueriesSortOrder,
)
from ...models.dbo_v1_get_cache_queries_response import DboV1GetCacheQueriesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    cache_id: str,
    *,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: DboApiGetCacheQueriesSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    query_contains: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["sort.field"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort.order"] = json_sort_order

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["queryContains"] = query_contains

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dbo/cache-groups/{group_id}/cache-configurations/{cache_id}/queries".format(
            group_id=quote(str(group_id), safe=""),
            cache_id=quote(str(cache_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DboV1GetCacheQueriesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DboV1GetCacheQueriesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DboV1GetCacheQueriesResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: DboApiGetCacheQueriesSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    query_contains: str | Unset = UNSET,
) -> Response[DboV1GetCacheQueriesResponse | ErrorResponse]:
    """Get cache queries

    Args:
        group_id (str):
        cache_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (DboApiGetCacheQueriesSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        query_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1GetCacheQueriesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cache_id=cache_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        query_contains=query_contains,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: DboApiGetCacheQueriesSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    query_contains: str | Unset = UNSET,
) -> DboV1GetCacheQueriesResponse | ErrorResponse | None:
    """Get cache queries

    Args:
        group_id (str):
        cache_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (DboApiGetCacheQueriesSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        query_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1GetCacheQueriesResponse | ErrorResponse
    """

    return sync_detailed(
        group_id=group_id,
        cache_id=cache_id,
        client=client,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        query_contains=query_contains,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: DboApiGetCacheQueriesSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    query_contains: str | Unset = UNSET,
) -> Response[DboV1GetCacheQueriesResponse | ErrorResponse]:
    """Get cache queries

    Args:
        group_id (str):
        cache_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (DboApiGetCacheQueriesSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        query_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1GetCacheQueriesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cache_id=cache_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        query_contains=query_contains,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: DboApiGetCacheQueriesSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    query_contains: str | Unset = UNSET,
) -> DboV1GetCacheQueriesResponse | ErrorResponse | None:
    """Get cache queries

    Args:
        group_id (str):
        cache_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (DboApiGetCacheQueriesSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        query_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1GetCacheQueriesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            cache_id=cache_id,
            client=client,
            page_limit=page_limit,
            page_cursor=page_cursor,
            sort_field=sort_field,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            query_contains=query_contains,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_cache_query import DboV1CacheQuery  # noqa: E402
from ...models.dbo_v1_get_cache_queries_response import DboV1GetCacheQueriesResponse  # noqa: E402
RESPONSE = DboV1GetCacheQueriesResponse
PAGE_ITEM = DboV1CacheQuery
