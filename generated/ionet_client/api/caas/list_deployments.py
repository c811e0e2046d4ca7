from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.caa_s_resource_status import CaaSResourceStatus
from ...models.error_response import ErrorResponse
from ...models.get_deployments_response import GetDeploymentsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: CaaSResourceStatus | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/io-cloud/caas/deployments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetDeploymentsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetDeploymentsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetDeploymentsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: CaaSResourceStatus | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[ErrorResponse | GetDeploymentsResponse | HTTPValidationError]:
    """List container deployments

     Lists the caller's container deployments, newest first, optionally filtered by status. Pages are
    numbered from 0.

    Args:
        status (CaaSResourceStatus | Unset): Deployment status accepted by the CaaS list filter.
            Example: running.
        page (int | Unset):  Default: 0. Example: 0.
        page_size (int | Unset):  Default: 10. Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDeploymentsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: CaaSResourceStatus | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
) -> ErrorResponse | GetDeploymentsResponse | HTTPValidationError | None:
    """List container deployments

     Lists the caller's container deployments, newest first, optionally filtered by status. Pages are
    numbered from 0.

    Args:
        status (CaaSResourceStatus | Unset): Deployment status accepted by the CaaS list filter.
            Example: running.
        page (int | Unset):  Default: 0. Example: 0.
        page_size (int | Unset):  Default: 10. Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDeploymentsResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        status=status,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: CaaSResourceStatus | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[ErrorResponse | GetDeploymentsResponse | HTTPValidationError]:
    """List container deployments

     Lists the caller's container deployments, newest first, optionally filtered by status. Pages are
    numbered from 0.

    Args:
        status (CaaSResourceStatus | Unset): Deployment status accepted by the CaaS list filter.
            Example: running.
        page (int | Unset):  Default: 0. Example: 0.
        page_size (int | Unset):  Default: 10. Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDeploymentsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: CaaSResourceStatus | Unset = UNSET,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
) -> ErrorResponse | GetDeploymentsResponse | HTTPValidationError | None:
    """List container deployments

     Lists the caller's container deployments, newest first, optionally filtered by status. Pages are
    numbered from 0.

    Args:
        status (CaaSResourceStatus | Unset): Deployment status accepted by the CaaS list filter.
            Example: running.
        page (int | Unset):  Default: 0. Example: 0.
        page_size (int | Unset):  Default: 10. Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDeploymentsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            page=page,
            page_size=page_size,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.deployment_data import DeploymentData  # noqa: E402
from ...models.get_deployments_response import GetDeploymentsResponse  # noqa: E402
RESPONSE = GetDeploymentsResponse
PAGE_ITEM = DeploymentData
