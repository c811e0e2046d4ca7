import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_v1_get_cache_query_insights_response import (
    DboV1GetCacheQueryInsightsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    cache_id: str,
    template_hash: str,
    *,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    step_seconds: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_metrics_range_start: str | Unset = UNSET
    if not isinstance(metrics_range_start, Unset):
        json_metrics_range_start = metrics_range_start.isoformat()
    params["metricsRange.start"] = json_metrics_range_start

    json_metrics_range_end: str | Unset = UNSET
    if not isinstance(metrics_range_end, Unset):
        json_metrics_range_end = metrics_range_end.isoformat()
    params["metricsRange.end"] = json_metrics_range_end

    params["stepSeconds"] = step_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dbo/cache-groups/{group_id}/cache-configurations/{cache_id}/queries/{template_hash}/insights".format(
            group_id=quote(str(group_id), safe=""),
            cache_id=quote(str(cache_id), safe=""),
            template_hash=quote(str(template_hash), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DboV1GetCacheQueryInsightsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DboV1GetCacheQueryInsightsResponse.from_dict(response.json())

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
) -> Response[DboV1GetCacheQueryInsightsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    cache_id: str,
    template_hash: str,
    *,
    client: AuthenticatedClient | Client,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    step_seconds: int,
) -> Response[DboV1GetCacheQueryInsightsResponse | ErrorResponse]:
    """Get cache query insights

    Args:
        group_id (str):
        cache_id (str):
        template_hash (str):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1GetCacheQueryInsightsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cache_id=cache_id,
        template_hash=template_hash,
        metrics_range_start=metrics_range_start,
        metrics_range_end=metrics_range_end,
        step_seconds=step_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    cache_id: str,
    template_hash: str,
    *,
    client: AuthenticatedClient | Client,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    step_seconds: int,
) -> DboV1GetCacheQueryInsightsResponse | ErrorResponse | None:
    """Get cache query insights

    Args:
        group_id (str):
        cache_id (str):
        template_hash (str):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1GetCacheQueryInsightsResponse | ErrorResponse
    """

    return sync_detailed(
        group_id=group_id,
        cache_id=cache_id,
        template_hash=template_hash,
        client=client,
        metrics_range_start=metrics_range_start,
        metrics_range_end=metrics_range_end,
        step_seconds=step_seconds,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    cache_id: str,
    template_hash: str,
    *,
    client: AuthenticatedClient | Client,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    step_seconds: int,
) -> Response[DboV1GetCacheQueryInsightsResponse | ErrorResponse]:
    """Get cache query insights

    Args:
        group_id (str):
        cache_id (str):
        template_hash (str):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1GetCacheQueryInsightsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cache_id=cache_id,
        template_hash=template_hash,
        metrics_range_start=metrics_range_start,
        metrics_range_end=metrics_range_end,
        step_seconds=step_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    cache_id: str,
    template_hash: str,
    *,
    client: AuthenticatedClient | Client,
    metrics_range_start: datetime.datetime | Unset = UNSET,
    metrics_range_end: datetime.datetime | Unset = UNSET,
    step_seconds: int,
) -> DboV1GetCacheQueryInsightsResponse | ErrorResponse | None:
    """Get cache query insights

    Args:
        group_id (str):
        cache_id (str):
        template_hash (str):
        metrics_range_start (datetime.datetime | Unset):
        metrics_range_end (datetime.datetime | Unset):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1GetCacheQueryInsightsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            cache_id=cache_id,
            template_hash=template_hash,
            client=client,
            metrics_range_start=metrics_range_start,
            metrics_range_end=metrics_range_end,
            step_seconds=step_seconds,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_get_cache_query_insights_response import DboV1GetCacheQueryInsightsResponse  # noqa: E402
RESPONSE = DboV1GetCacheQueryInsightsResponse
