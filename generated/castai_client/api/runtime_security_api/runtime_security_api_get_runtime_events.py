import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.runtime_security_api_get_runtime_events_sort_order import (
    RuntimeSecurityApiGetRuntimeEventsSortOrder,
)
from ...models.runtime_v1_get_runtime_events_response import (
    RuntimeV1GetRuntimeEventsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_ids: list[str] | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    group_selectors: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cluster_ids: list[str] | Unset = UNSET
    if not isinstance(cluster_ids, Unset):
        json_cluster_ids = cluster_ids

    params["clusterIds"] = json_cluster_ids

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types"] = json_types

    json_group_selectors: list[str] | Unset = UNSET
    if not isinstance(group_selectors, Unset):
        json_group_selectors = group_selectors

    params["groupSelectors"] = json_group_selectors

    params["search"] = search

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["sort.field"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort.order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/security/runtime/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RuntimeV1GetRuntimeEventsResponse | None:
    if response.status_code == 200:
        response_200 = RuntimeV1GetRuntimeEventsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RuntimeV1GetRuntimeEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_ids: list[str] | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    group_selectors: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetRuntimeEventsResponse]:
    """Get runtime events

    Args:
        cluster_ids (list[str] | Unset):
        types (list[str] | Unset):
        group_selectors (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetRuntimeEventsResponse]
    """

    kwargs = _get_kwargs(
        cluster_ids=cluster_ids,
        types=types,
        group_selectors=group_selectors,
        search=search,
        start_time=start_time,
        end_time=end_time,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_ids: list[str] | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    group_selectors: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetRuntimeEventsResponse | None:
    """Get runtime events

    Args:
        cluster_ids (list[str] | Unset):
        types (list[str] | Unset):
        group_selectors (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetRuntimeEventsResponse
    """

    return sync_detailed(
        client=client,
        cluster_ids=cluster_ids,
        types=types,
        group_selectors=group_selectors,
        search=search,
        start_time=start_time,
        end_time=end_time,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_ids: list[str] | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    group_selectors: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetRuntimeEventsResponse]:
    """Get runtime events

    Args:
        cluster_ids (list[str] | Unset):
        types (list[str] | Unset):
        group_selectors (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetRuntimeEventsResponse]
    """

    kwargs = _get_kwargs(
        cluster_ids=cluster_ids,
        types=types,
        group_selectors=group_selectors,
        search=search,
        start_time=start_time,
        end_time=end_time,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_ids: list[str] | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    group_selectors: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetRuntimeEventsResponse | None:
    """Get runtime events

    Args:
        cluster_ids (list[str] | Unset):
        types (list[str] | Unset):
        group_selectors (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetRuntimeEventsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetRuntimeEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_ids=cluster_ids,
            types=types,
            group_selectors=group_selectors,
            search=search,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_cursor=page_cursor,
            sort_field=sort_field,
            sort_order=sort_order,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.runtime_v1_get_runtime_events_response import RuntimeV1GetRuntimeEventsResponse  # noqa: E402
from ...models.runtime_v1_get_runtime_events_response_runtime_event import RuntimeV1GetRuntimeEventsResponseRuntimeEvent  # noqa: E402
RESPONSE = RuntimeV1GetRuntimeEventsResponse
PAGE_ITEM = RuntimeV1GetRuntimeEventsResponseRuntimeEvent
