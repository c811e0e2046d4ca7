from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_available_replicas_per_location_response import (
    GetAvailableReplicasPerLocationResponse,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    hardware_id: int,
    hardware_qty: int,
    node_pool_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hardware_id"] = hardware_id

    params["hardware_qty"] = hardware_qty

    json_node_pool_id: str | Unset = UNSET
    if not isinstance(node_pool_id, Unset):
        json_node_pool_id = str(node_pool_id)
    params["node_pool_id"] = json_node_pool_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/io-cloud/caas/available-replicas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError | None
):
    if response.status_code == 200:
        response_200 = GetAvailableReplicasPerLocationResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    hardware_id: int,
    hardware_qty: int,
    node_pool_id: UUID | Unset = UNSET,
) -> Response[
    ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError
]:
    """Check available replicas per location

     Returns, for each location, how many container replicas of the given hardware type and GPU count can
    be scheduled right now.

    Args:
        hardware_id (int):  Example: 206.
        hardware_qty (int):  Example: 8.
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        hardware_id=hardware_id,
        hardware_qty=hardware_qty,
        node_pool_id=node_pool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    hardware_id: int,
    hardware_qty: int,
    node_pool_id: UUID | Unset = UNSET,
) -> (
    ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError | None
):
    """Check available replicas per location

     Returns, for each location, how many container replicas of the given hardware type and GPU count can
    be scheduled right now.

    Args:
        hardware_id (int):  Example: 206.
        hardware_qty (int):  Example: 8.
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        hardware_id=hardware_id,
        hardware_qty=hardware_qty,
        node_pool_id=node_pool_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    hardware_id: int,
    hardware_qty: int,
    node_pool_id: UUID | Unset = UNSET,
) -> Response[
    ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError
]:
    """Check available replicas per location

     Returns, for each location, how many container replicas of the given hardware type and GPU count can
    be scheduled right now.

    Args:
        hardware_id (int):  Example: 206.
        hardware_qty (int):  Example: 8.
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        hardware_id=hardware_id,
        hardware_qty=hardware_qty,
        node_pool_id=node_pool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    hardware_id: int,
    hardware_qty: int,
    node_pool_id: UUID | Unset = UNSET,
) -> (
    ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError | None
):
    """Check available replicas per location

     Returns, for each location, how many container replicas of the given hardware type and GPU count can
    be scheduled right now.

    Args:
        hardware_id (int):  Example: 206.
        hardware_qty (int):  Example: 8.
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAvailableReplicasPerLocationResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            hardware_id=hardware_id,
            hardware_qty=hardware_qty,
            node_pool_id=node_pool_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.get_available_replicas_per_location_response import GetAvailableReplicasPerLocationResponse  # noqa: E402
from ...models.replicas_per_location import ReplicasPerLocation  # noqa: E402
RESPONSE = GetAvailableReplicasPerLocationResponse
PAGE_ITEM = ReplicasPerLocation
