from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.runtime_security_api_get_anomaly_events_sort_order import (
    RuntimeSecurityApiGetAnomalyEventsSortOrder,
)
from ...models.runtime_v1_get_anomaly_events_response import (
    RuntimeV1GetAnomalyEventsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["sort.field"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort.order"] = json_sort_order

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/security/runtime/anomalies/{id}/events".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RuntimeV1GetAnomalyEventsResponse | None:
    if response.status_code == 200:
        response_200 = RuntimeV1GetAnomalyEventsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RuntimeV1GetAnomalyEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetAnomalyEventsResponse]:
    """Get anomaly events

    Args:
        id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetAnomalyEventsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetAnomalyEventsResponse | None:
    """Get anomaly events

    Args:
        id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetAnomalyEventsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        search=search,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetAnomalyEventsResponse]:
    """Get anomaly events

    Args:
        id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetAnomalyEventsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetAnomalyEventsResponse | None:
    """Get anomaly events

    Args:
        id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomalyEventsSortOrder | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetAnomalyEventsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page_limit=page_limit,
            page_cursor=page_cursor,
            sort_field=sort_field,
            sort_order=sort_order,
            search=search,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.runtime_v1_anomaly_event import RuntimeV1AnomalyEvent  # noqa: E402
from ...models.runtime_v1_get_anomaly_events_response import RuntimeV1GetAnomalyEventsResponse  # noqa: E402
RESPONSE = RuntimeV1GetAnomalyEventsResponse
PAGE_ITEM = RuntimeV1AnomalyEvent
