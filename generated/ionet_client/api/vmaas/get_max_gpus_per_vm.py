from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_max_gpu_count_per_vm_response import GetMaxGpuCountPerVmResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    node_pool_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_node_pool_id: str | Unset = UNSET
    if not isinstance(node_pool_id, Unset):
        json_node_pool_id = str(node_pool_id)
    params["node_pool_id"] = json_node_pool_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/io-cloud/vmaas/hardware/max-gpus-per-vm",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetMaxGpuCountPerVmResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    node_pool_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError]:
    """Check maximum GPUs per VM

     For every hardware type, reports how many GPUs a single virtual machine can be given and how many
    are available now.

    Args:
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        node_pool_id=node_pool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    node_pool_id: UUID | Unset = UNSET,
) -> ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError | None:
    """Check maximum GPUs per VM

     For every hardware type, reports how many GPUs a single virtual machine can be given and how many
    are available now.

    Args:
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        node_pool_id=node_pool_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    node_pool_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError]:
    """Check maximum GPUs per VM

     For every hardware type, reports how many GPUs a single virtual machine can be given and how many
    are available now.

    Args:
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        node_pool_id=node_pool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    node_pool_id: UUID | Unset = UNSET,
) -> ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError | None:
    """Check maximum GPUs per VM

     For every hardware type, reports how many GPUs a single virtual machine can be given and how many
    are available now.

    Args:
        node_pool_id (UUID | Unset):  Example: 0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMaxGpuCountPerVmResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            node_pool_id=node_pool_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.get_max_gpu_count_per_vm_response import GetMaxGpuCountPerVmResponse  # noqa: E402
RESPONSE = GetMaxGpuCountPerVmResponse
