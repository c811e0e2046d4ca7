from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_vm_hardware_list_response import GetVmHardwareListResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    gpu: str | Unset = UNSET,
    regions: str | Unset = UNSET,
    gpu_family: list[str] | Unset = UNSET,
    gpu_memory_min: int | Unset = UNSET,
    gpu_memory_max: int | Unset = UNSET,
    cpu_cores_min: int | Unset = UNSET,
    cpu_cores_max: int | Unset = UNSET,
    device_memory_min: int | Unset = UNSET,
    device_memory_max: int | Unset = UNSET,
    storage_min: int | Unset = UNSET,
    storage_max: int | Unset = UNSET,
    supplier: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["gpu"] = gpu

    params["regions"] = regions

    json_gpu_family: list[str] | Unset = UNSET
    if not isinstance(gpu_family, Unset):
        json_gpu_family = gpu_family

    params["gpu_family"] = json_gpu_family

    params["gpu_memory_min"] = gpu_memory_min

    params["gpu_memory_max"] = gpu_memory_max

    params["cpu_cores_min"] = cpu_cores_min

    params["cpu_cores_max"] = cpu_cores_max

    params["device_memory_min"] = device_memory_min

    params["device_memory_max"] = device_memory_max

    params["storage_min"] = storage_min

    params["storage_max"] = storage_max

    params["supplier"] = supplier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/io-cloud/vmaas/hardware",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetVmHardwareListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetVmHardwareListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetVmHardwareListResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    gpu: str | Unset = UNSET,
    regions: str | Unset = UNSET,
    gpu_family: list[str] | Unset = UNSET,
    gpu_memory_min: int | Unset = UNSET,
    gpu_memory_max: int | Unset = UNSET,
    cpu_cores_min: int | Unset = UNSET,
    cpu_cores_max: int | Unset = UNSET,
    device_memory_min: int | Unset = UNSET,
    device_memory_max: int | Unset = UNSET,
    storage_min: int | Unset = UNSET,
    storage_max: int | Unset = UNSET,
    supplier: str | Unset = UNSET,
) -> Response[ErrorResponse | GetVmHardwareListResponse | HTTPValidationError]:
    """List VM hardware

     Returns the hardware offers available for virtual machines, with filters on GPU, memory, CPU,
    storage, region and supplier. Returned whole, without paging.

    Args:
        gpu (str | Unset):  Example: H100.
        regions (str | Unset):  Example: united-states.
        gpu_family (list[str] | Unset):  Example: ['H100', 'A100'].
        gpu_memory_min (int | Unset):
        gpu_memory_max (int | Unset):
        cpu_cores_min (int | Unset):
        cpu_cores_max (int | Unset):
        device_memory_min (int | Unset):
        device_memory_max (int | Unset):
        storage_min (int | Unset):
        storage_max (int | Unset):
        supplier (str | Unset):  Example: internal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetVmHardwareListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        gpu=gpu,
        regions=regions,
        gpu_family=gpu_family,
        gpu_memory_min=gpu_memory_min,
        gpu_memory_max=gpu_memory_max,
        cpu_cores_min=cpu_cores_min,
        cpu_cores_max=cpu_cores_max,
        device_memory_min=device_memory_min,
        device_memory_max=device_memory_max,
        storage_min=storage_min,
        storage_max=storage_max,
        supplier=supplier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    gpu: str | Unset = UNSET,
    regions: str | Unset = UNSET,
    gpu_family: list[str] | Unset = UNSET,
    gpu_memory_min: int | Unset = UNSET,
    gpu_memory_max: int | Unset = UNSET,
    cpu_cores_min: int | Unset = UNSET,
    cpu_cores_max: int | Unset = UNSET,
    device_memory_min: int | Unset = UNSET,
    device_memory_max: int | Unset = UNSET,
    storage_min: int | Unset = UNSET,
    storage_max: int | Unset = UNSET,
    supplier: str | Unset = UNSET,
) -> ErrorResponse | GetVmHardwareListResponse | HTTPValidationError | None:
    """List VM hardware

     Returns the hardware offers available for virtual machines, with filters on GPU, memory, CPU,
    storage, region and supplier. Returned whole, without paging.

    Args:
        gpu (str | Unset):  Example: H100.
        regions (str | Unset):  Example: united-states.
        gpu_family (list[str] | Unset):  Example: ['H100', 'A100'].
        gpu_memory_min (int | Unset):
        gpu_memory_max (int | Unset):
        cpu_cores_min (int | Unset):
        cpu_cores_max (int | Unset):
        device_memory_min (int | Unset):
        device_memory_max (int | Unset):
        storage_min (int | Unset):
        storage_max (int | Unset):
        supplier (str | Unset):  Example: internal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetVmHardwareListResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        gpu=gpu,
        regions=regions,
        gpu_family=gpu_family,
        gpu_memory_min=gpu_memory_min,
        gpu_memory_max=gpu_memory_max,
        cpu_cores_min=cpu_cores_min,
        cpu_cores_max=cpu_cores_max,
        device_memory_min=device_memory_min,
        device_memory_max=device_memory_max,
        storage_min=storage_min,
        storage_max=storage_max,
        supplier=supplier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    gpu: str | Unset = UNSET,
    regions: str | Unset = UNSET,
    gpu_family: list[str] | Unset = UNSET,
    gpu_memory_min: int | Unset = UNSET,
    gpu_memory_max: int | Unset = UNSET,
    cpu_cores_min: int | Unset = UNSET,
    cpu_cores_max: int | Unset = UNSET,
    device_memory_min: int | Unset = UNSET,
    device_memory_max: int | Unset = UNSET,
    storage_min: int | Unset = UNSET,
    storage_max: int | Unset = UNSET,
    supplier: str | Unset = UNSET,
) -> Response[ErrorResponse | GetVmHardwareListResponse | HTTPValidationError]:
    """List VM hardware

     Returns the hardware offers available for virtual machines, with filters on GPU, memory, CPU,
    storage, region and supplier. Returned whole, without paging.

    Args:
        gpu (str | Unset):  Example: H100.
        regions (str | Unset):  Example: united-states.
        gpu_family (list[str] | Unset):  Example: ['H100', 'A100'].
        gpu_memory_min (int | Unset):
        gpu_memory_max (int | Unset):
        cpu_cores_min (int | Unset):
        cpu_cores_max (int | Unset):
        device_memory_min (int | Unset):
        device_memory_max (int | Unset):
        storage_min (int | Unset):
        storage_max (int | Unset):
        supplier (str | Unset):  Example: internal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetVmHardwareListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        gpu=gpu,
        regions=regions,
        gpu_family=gpu_family,
        gpu_memory_min=gpu_memory_min,
        gpu_memory_max=gpu_memory_max,
        cpu_cores_min=cpu_cores_min,
        cpu_cores_max=cpu_cores_max,
        device_memory_min=device_memory_min,
        device_memory_max=device_memory_max,
        storage_min=storage_min,
        storage_max=storage_max,
        supplier=supplier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    gpu: str | Unset = UNSET,
    regions: str | Unset = UNSET,
    gpu_family: list[str] | Unset = UNSET,
    gpu_memory_min: int | Unset = UNSET,
    gpu_memory_max: int | Unset = UNSET,
    cpu_cores_min: int | Unset = UNSET,
    cpu_cores_max: int | Unset = UNSET,
    device_memory_min: int | Unset = UNSET,
    device_memory_max: int | Unset = UNSET,
    storage_min: int | Unset = UNSET,
    storage_max: int | Unset = UNSET,
    supplier: str | Unset = UNSET,
) -> ErrorResponse | GetVmHardwareListResponse | HTTPValidationError | None:
    """List VM hardware

     Returns the hardware offers available for virtual machines, with filters on GPU, memory, CPU,
    storage, region and supplier. Returned whole, without paging.

    Args:
        gpu (str | Unset):  Example: H100.
        regions (str | Unset):  Example: united-states.
        gpu_family (list[str] | Unset):  Example: ['H100', 'A100'].
        gpu_memory_min (int | Unset):
        gpu_memory_max (int | Unset):
        cpu_cores_min (int | Unset):
        cpu_cores_max (int | Unset):
        device_memory_min (int | Unset):
        device_memory_max (int | Unset):
        storage_min (int | Unset):
        storage_max (int | Unset):
        supplier (str | Unset):  Example: internal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetVmHardwareListResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            gpu=gpu,
            regions=regions,
            gpu_family=gpu_family,
            gpu_memory_min=gpu_memory_min,
            gpu_memory_max=gpu_memory_max,
            cpu_cores_min=cpu_cores_min,
            cpu_cores_max=cpu_cores_max,
            device_memory_min=device_memory_min,
            device_memory_max=device_memory_max,
            storage_min=storage_min,
            storage_max=storage_max,
            supplier=supplier,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.get_vm_hardware_list_response import GetVmHardwareListResponse  # noqa: E402
RESPONSE = GetVmHardwareListResponse
