import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_v1_list_cache_groups_response import DboV1ListCacheGroupsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    instance_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    deployed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["instanceId"] = instance_id

    params["clusterId"] = cluster_id

    json_metrics_range_start: str | Unset = UNSET
    if not isinstance(metrics_range_start, Unset):
        json_metrics_range_start = metrics_range_start.isoformat()
    params["metricsRange.start"] = json_metrics_range_start

    json_metrics_range_end: str | Unset = UNSET
    if not isinstance(metrics_range_end, Unset):
        json_metrics_range_end = metrics_range_end.isoformat()
    params["metricsRange.end"] = json_metrics_range_end

    params["deployed"] = deployed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dbo/cache-groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DboV1ListCacheGroupsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DboV1ListCacheGroupsResponse.from_dict(response.json())

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
) -> Response[DboV1ListCacheGroupsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    deployed: bool | Unset = UNSET,
) -> Response[DboV1ListCacheGroupsResponse | ErrorResponse]:
    """List cache groups

    Args:
        instance_id (str | Unset):
        cluster_id (str | Unset):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        deployed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1ListCacheGroupsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        instance_id=instance_id,
        cluster_id=cluster_id,
        metrics_range_start=metrics_range_start,
        metrics_range_end=metrics_range_end,
        deployed=deployed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    deployed: bool | Unset = UNSET,
) -> DboV1ListCacheGroupsResponse | ErrorResponse | None:
    """List cache groups

    Args:
        instance_id (str | Unset):
        cluster_id (str | Unset):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        deployed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1ListCacheGroupsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        instance_id=instance_id,
        cluster_id=cluster_id,
        metrics_range_start=metrics_range_start,
        metrics_range_end=metrics_range_end,
        deployed=deployed,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    deployed: bool | Unset = UNSET,
) -> Response[DboV1ListCacheGroupsResponse | ErrorResponse]:
    """List cache groups

    Args:
        instance_id (str | Unset):
        cluster_id (str | Unset):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        deployed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1ListCacheGroupsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        instance_id=instance_id,
        cluster_id=cluster_id,
        metrics_range_start=metrics_range_start,
        metrics_range_end=metrics_range_end,
        deployed=deployed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    deployed: bool | Unset = UNSET,
) -> DboV1ListCacheGroupsResponse | ErrorResponse | None:
    """List cache groups

    Args:
        instance_id (str | Unset):
        cluster_id (str | Unset):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        deployed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1ListCacheGroupsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            instance_id=instance_id,
            cluster_id=cluster_id,
            metrics_range_start=metrics_range_start,
            metrics_range_end=metrics_range_end,
            deployed=deployed,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_cache_group import DboV1CacheGroup  # noqa: E402
from ...models.dbo_v1_list_cache_groups_response import DboV1ListCacheGroupsResponse  # noqa: E402
RESPONSE = DboV1ListCacheGroupsResponse
PAGE_ITEM = DboV1CacheGroup
