import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.runtime_security_api_get_anomalies_sort_order import (
    RuntimeSecurityApiGetAnomaliesSortOrder,
)
from ...models.runtime_security_api_get_anomalies_status import (
    RuntimeSecurityApiGetAnomaliesStatus,
)
from ...models.runtime_v1_get_anomalies_response import RuntimeV1GetAnomaliesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_ids: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    status: RuntimeSecurityApiGetAnomaliesStatus | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomaliesSortOrder | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cluster_ids: list[str] | Unset = UNSET
    if not isinstance(cluster_ids, Unset):
        json_cluster_ids = cluster_ids

    params["clusterIds"] = json_cluster_ids

    json_namespaces: list[str] | Unset = UNSET
    if not isinstance(namespaces, Unset):
        json_namespaces = namespaces

    params["namespaces"] = json_namespaces

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["sort.field"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort.order"] = json_sort_order

    params["resourceId"] = resource_id

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types"] = json_types

    params["search"] = search

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/security/runtime/anomalies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RuntimeV1GetAnomaliesResponse | None:
    if response.status_code == 200:
        response_200 = RuntimeV1GetAnomaliesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RuntimeV1GetAnomaliesResponse]:
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
    namespaces: list[str] | Unset = UNSET,
    status: RuntimeSecurityApiGetAnomaliesStatus | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomaliesSortOrder | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetAnomaliesResponse]:
    """Get anomalies

    Args:
        cluster_ids (list[str] | Unset):
        namespaces (list[str] | Unset):
        status (RuntimeSecurityApiGetAnomaliesStatus | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomaliesSortOrder | Unset):
        resource_id (str | Unset):
        types (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetAnomaliesResponse]
    """

    kwargs = _get_kwargs(
        cluster_ids=cluster_ids,
        namespaces=namespaces,
        status=status,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        resource_id=resource_id,
        types=types,
        search=search,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_ids: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    status: RuntimeSecurityApiGetAnomaliesStatus | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomaliesSortOrder | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetAnomaliesResponse | None:
    """Get anomalies

    Args:
        cluster_ids (list[str] | Unset):
        namespaces (list[str] | Unset):
        status (RuntimeSecurityApiGetAnomaliesStatus | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomaliesSortOrder | Unset):
        resource_id (str | Unset):
        types (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetAnomaliesResponse
    """

    return sync_detailed(
        client=client,
        cluster_ids=cluster_ids,
        namespaces=namespaces,
        status=status,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        resource_id=resource_id,
        types=types,
        search=search,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_ids: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    status: RuntimeSecurityApiGetAnomaliesStatus | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomaliesSortOrder | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetAnomaliesResponse]:
    """Get anomalies

    Args:
        cluster_ids (list[str] | Unset):
        namespaces (list[str] | Unset):
        status (RuntimeSecurityApiGetAnomaliesStatus | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomaliesSortOrder | Unset):
        resource_id (str | Unset):
        types (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetAnomaliesResponse]
    """

    kwargs = _get_kwargs(
        cluster_ids=cluster_ids,
        namespaces=namespaces,
        status=status,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        resource_id=resource_id,
        types=types,
        search=search,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_ids: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    status: RuntimeSecurityApiGetAnomaliesStatus | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetAnomaliesSortOrder | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetAnomaliesResponse | None:
    """Get anomalies

    Args:
        cluster_ids (list[str] | Unset):
        namespaces (list[str] | Unset):
        status (RuntimeSecurityApiGetAnomaliesStatus | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetAnomaliesSortOrder | Unset):
        resource_id (str | Unset):
        types (list[str] | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetAnomaliesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_ids=cluster_ids,
            namespaces=namespaces,
            status=status,
            page_limit=page_limit,
            page_cursor=page_cursor,
            sort_field=sort_field,
            sort_order=sort_order,
            resource_id=resource_id,
            types=types,
            search=search,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.runtime_v1_anomaly import RuntimeV1Anomaly  # noqa: E402
from ...models.runtime_v1_get_anomalies_response import RuntimeV1GetAnomaliesResponse  # noqa: E402
RESPONSE = RuntimeV1GetAnomaliesResponse
PAGE_ITEM = RuntimeV1Anomaly
