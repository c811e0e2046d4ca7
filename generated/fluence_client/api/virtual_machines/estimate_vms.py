from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.estimate_deposit_request_v3 import EstimateDepositRequestV3
from ...models.estimated_deposit_v3dto import EstimatedDepositV3DTO
from ...types import Response


def _get_kwargs(
    *,
    body: EstimateDepositRequestV3,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vms/v3/estimate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | EstimatedDepositV3DTO | None:
    if response.status_code == 200:
        response_200 = EstimatedDepositV3DTO.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | EstimatedDepositV3DTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateDepositRequestV3,
) -> Response[ErrorBody | EstimatedDepositV3DTO]:
    """Estimate deployment cost

     Prices a deployment of `instances` VMs under the given constraints without renting anything,
    including the deposit the deployment would reserve.

    Args:
        body (EstimateDepositRequestV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EstimatedDepositV3DTO]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateDepositRequestV3,
) -> ErrorBody | EstimatedDepositV3DTO | None:
    """Estimate deployment cost

     Prices a deployment of `instances` VMs under the given constraints without renting anything,
    including the deposit the deployment would reserve.

    Args:
        body (EstimateDepositRequestV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EstimatedDepositV3DTO
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateDepositRequestV3,
) -> Response[ErrorBody | EstimatedDepositV3DTO]:
    """Estimate deployment cost

     Prices a deployment of `instances` VMs under the given constraints without renting anything,
    including the deposit the deployment would reserve.

    Args:
        body (EstimateDepositRequestV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EstimatedDepositV3DTO]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateDepositRequestV3,
) -> ErrorBody | EstimatedDepositV3DTO | None:
    """Estimate deployment cost

     Prices a deployment of `instances` VMs under the given constraints without renting anything,
    including the deposit the deployment would reserve.

    Args:
        body (EstimateDepositRequestV3):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EstimatedDepositV3DTO
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.estimated_deposit_v3dto import EstimatedDepositV3DTO  # noqa: E402
RESPONSE = EstimatedDepositV3DTO
