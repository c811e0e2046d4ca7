from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_caas_price_response import GetCaasPriceResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    location_ids: str,
    hardware_id: int,
    duration_hours: int,
    gpus_per_container: int,
    replica_count: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["location_ids"] = location_ids

    params["hardware_id"] = hardware_id

    params["duration_hours"] = duration_hours

    params["gpus_per_container"] = gpus_per_container

    params["replica_count"] = replica_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/io-cloud/caas/price",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetCaasPriceResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetCaasPriceResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetCaasPriceResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_ids: str,
    hardware_id: int,
    duration_hours: int,
    gpus_per_container: int,
    replica_count: int,
) -> Response[ErrorResponse | GetCaasPriceResponse | HTTPValidationError]:
    """Estimate a container deployment price

     Quotes the cost of a container deployment before it is created. The quote is informational and
    reserves nothing.

    Args:
        location_ids (str):  Example: [1].
        hardware_id (int):  Example: 206.
        duration_hours (int):  Example: 24.
        gpus_per_container (int):  Example: 8.
        replica_count (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetCaasPriceResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        location_ids=location_ids,
        hardware_id=hardware_id,
        duration_hours=duration_hours,
        gpus_per_container=gpus_per_container,
        replica_count=replica_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    location_ids: str,
    hardware_id: int,
    duration_hours: int,
    gpus_per_container: int,
    replica_count: int,
) -> ErrorResponse | GetCaasPriceResponse | HTTPValidationError | None:
    """Estimate a container deployment price

     Quotes the cost of a container deployment before it is created. The quote is informational and
    reserves nothing.

    Args:
        location_ids (str):  Example: [1].
        hardware_id (int):  Example: 206.
        duration_hours (int):  Example: 24.
        gpus_per_container (int):  Example: 8.
        replica_count (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetCaasPriceResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        location_ids=location_ids,
        hardware_id=hardware_id,
        duration_hours=duration_hours,
        gpus_per_container=gpus_per_container,
        replica_count=replica_count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_ids: str,
    hardware_id: int,
    duration_hours: int,
    gpus_per_container: int,
    replica_count: int,
) -> Response[ErrorResponse | GetCaasPriceResponse | HTTPValidationError]:
    """Estimate a container deployment price

     Quotes the cost of a container deployment before it is created. The quote is informational and
    reserves nothing.

    Args:
        location_ids (str):  Example: [1].
        hardware_id (int):  Example: 206.
        duration_hours (int):  Example: 24.
        gpus_per_container (int):  Example: 8.
        replica_count (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetCaasPriceResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        location_ids=location_ids,
        hardware_id=hardware_id,
        duration_hours=duration_hours,
        gpus_per_container=gpus_per_container,
        replica_count=replica_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    location_ids: str,
    hardware_id: int,
    duration_hours: int,
    gpus_per_container: int,
    replica_count: int,
) -> ErrorResponse | GetCaasPriceResponse | HTTPValidationError | None:
    """Estimate a container deployment price

     Quotes the cost of a container deployment before it is created. The quote is informational and
    reserves nothing.

    Args:
        location_ids (str):  Example: [1].
        hardware_id (int):  Example: 206.
        duration_hours (int):  Example: 24.
        gpus_per_container (int):  Example: 8.
        replica_count (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetCaasPriceResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            location_ids=location_ids,
            hardware_id=hardware_id,
            duration_hours=duration_hours,
            gpus_per_container=gpus_per_container,
            replica_count=replica_count,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.get_caas_price_response import GetCaasPriceResponse  # noqa: E402
RESPONSE = GetCaasPriceResponse
