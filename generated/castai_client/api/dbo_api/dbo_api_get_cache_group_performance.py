import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_v1_get_cache_group_performance_response import (
    DboV1GetCacheGroupPerformanceResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
    database_id: str | Unset = UNSET,
    endpoint_name: str | Unset = UNSET,
    username: str | Unset = UNSET,
    roxy: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["stepSeconds"] = step_seconds

    params["databaseId"] = database_id

    params["endpointName"] = endpoint_name

    params["username"] = username

    params["roxy"] = roxy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dbo/cache-groups/{id}/cache-performance".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DboV1GetCacheGroupPerformanceResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DboV1GetCacheGroupPerformanceResponse.from_dict(response.json())

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
) -> Response[DboV1GetCacheGroupPerformanceResponse | ErrorResponse]:
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
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
    database_id: str | Unset = UNSET,
    endpoint_name: str | Unset = UNSET,
    username: str | Unset = UNSET,
    roxy: bool | Unset = UNSET,
) -> Response[DboV1GetCacheGroupPerformanceResponse | ErrorResponse]:
    """Get cache group performance

    Args:
        id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):
        database_id (str | Unset):
        endpoint_name (str | Unset):
        username (str | Unset):
        roxy (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1GetCacheGroupPerformanceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
        database_id=database_id,
        endpoint_name=endpoint_name,
        username=username,
        roxy=roxy,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
    database_id: str | Unset = UNSET,
    endpoint_name: str | Unset = UNSET,
    username: str | Unset = UNSET,
    roxy: bool | Unset = UNSET,
) -> DboV1GetCacheGroupPerformanceResponse | ErrorResponse | None:
    """Get cache group performance

    Args:
        id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):
        database_id (str | Unset):
        endpoint_name (str | Unset):
        username (str | Unset):
        roxy (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1GetCacheGroupPerformanceResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
        database_id=database_id,
        endpoint_name=endpoint_name,
        username=username,
        roxy=roxy,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
    database_id: str | Unset = UNSET,
    endpoint_name: str | Unset = UNSET,
    username: str | Unset = UNSET,
    roxy: bool | Unset = UNSET,
) -> Response[DboV1GetCacheGroupPerformanceResponse | ErrorResponse]:
    """Get cache group performance

    Args:
        id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):
        database_id (str | Unset):
        endpoint_name (str | Unset):
        username (str | Unset):
        roxy (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1GetCacheGroupPerformanceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
        database_id=database_id,
        endpoint_name=endpoint_name,
        username=username,
        roxy=roxy,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
    database_id: str | Unset = UNSET,
    endpoint_name: str | Unset = UNSET,
    username: str | Unset = UNSET,
    roxy: bool | Unset = UNSET,
) -> DboV1GetCacheGroupPerformanceResponse | ErrorResponse | None:
    """Get cache group performance

    Args:
        id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):
        database_id (str | Unset):
        endpoint_name (str | Unset):
        username (str | Unset):
        roxy (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1GetCacheGroupPerformanceResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            step_seconds=step_seconds,
            database_id=database_id,
            endpoint_name=endpoint_name,
            username=username,
            roxy=roxy,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_get_cache_group_performance_response import DboV1GetCacheGroupPerformanceResponse  # noqa: E402
RESPONSE = DboV1GetCacheGroupPerformanceResponse
