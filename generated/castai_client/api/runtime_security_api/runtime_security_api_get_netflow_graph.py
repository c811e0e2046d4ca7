import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.runtime_v1_get_netflow_graph_response import (
    RuntimeV1GetNetflowGraphResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    group_source_by: list[str] | Unset = UNSET,
    group_destination_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    json_group_source_by: list[str] | Unset = UNSET
    if not isinstance(group_source_by, Unset):
        json_group_source_by = group_source_by

    params["groupSourceBy"] = json_group_source_by

    json_group_destination_by: list[str] | Unset = UNSET
    if not isinstance(group_destination_by, Unset):
        json_group_destination_by = group_destination_by

    params["groupDestinationBy"] = json_group_destination_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/security/runtime/netflow/{cluster_id}/graph".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RuntimeV1GetNetflowGraphResponse | None:
    if response.status_code == 200:
        response_200 = RuntimeV1GetNetflowGraphResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RuntimeV1GetNetflowGraphResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    group_source_by: list[str] | Unset = UNSET,
    group_destination_by: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetNetflowGraphResponse]:
    """Get netflow graph

    Args:
        cluster_id (str):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        group_source_by (list[str] | Unset):
        group_destination_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetNetflowGraphResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        search=search,
        start_time=start_time,
        end_time=end_time,
        group_source_by=group_source_by,
        group_destination_by=group_destination_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    group_source_by: list[str] | Unset = UNSET,
    group_destination_by: list[str] | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetNetflowGraphResponse | None:
    """Get netflow graph

    Args:
        cluster_id (str):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        group_source_by (list[str] | Unset):
        group_destination_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetNetflowGraphResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        search=search,
        start_time=start_time,
        end_time=end_time,
        group_source_by=group_source_by,
        group_destination_by=group_destination_by,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    group_source_by: list[str] | Unset = UNSET,
    group_destination_by: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetNetflowGraphResponse]:
    """Get netflow graph

    Args:
        cluster_id (str):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        group_source_by (list[str] | Unset):
        group_destination_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetNetflowGraphResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        search=search,
        start_time=start_time,
        end_time=end_time,
        group_source_by=group_source_by,
        group_destination_by=group_destination_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    group_source_by: list[str] | Unset = UNSET,
    group_destination_by: list[str] | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetNetflowGraphResponse | None:
    """Get netflow graph

    Args:
        cluster_id (str):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        group_source_by (list[str] | Unset):
        group_destination_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetNetflowGraphResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            search=search,
            start_time=start_time,
            end_time=end_time,
            group_source_by=group_source_by,
            group_destination_by=group_destination_by,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.runtime_v1_get_netflow_graph_response import RuntimeV1GetNetflowGraphResponse  # noqa: E402
RESPONSE = RuntimeV1GetNetflowGraphResponse
