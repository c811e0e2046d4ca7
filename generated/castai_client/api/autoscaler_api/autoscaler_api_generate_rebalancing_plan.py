from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generate_rebalancing_plan_request import GenerateRebalancingPlanRequest
from ...models.generate_rebalancing_plan_response import GenerateRebalancingPlanResponse
from ...types import Response


def _get_kwargs(
    cluster_id: UUID,
    *,
    body: GenerateRebalancingPlanRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kubernetes/clusters/{cluster_id}/rebalancing-plans".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenerateRebalancingPlanResponse | None:
    if response.status_code == 200:
        response_200 = GenerateRebalancingPlanResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | GenerateRebalancingPlanResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRebalancingPlanRequest,
) -> Response[ErrorResponse | GenerateRebalancingPlanResponse]:
    """Generate a rebalancing plan

     Starts generating a plan that replaces the given nodes (or all nodes) with a cheaper set. The plan
    starts in generating and reaches generated when it can be executed.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        body (GenerateRebalancingPlanRequest): What to rebalance. Without rebalancingNodes every
            node is considered. Example: {'minNodes': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateRebalancingPlanResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRebalancingPlanRequest,
) -> ErrorResponse | GenerateRebalancingPlanResponse | None:
    """Generate a rebalancing plan

     Starts generating a plan that replaces the given nodes (or all nodes) with a cheaper set. The plan
    starts in generating and reaches generated when it can be executed.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        body (GenerateRebalancingPlanRequest): What to rebalance. Without rebalancingNodes every
            node is considered. Example: {'minNodes': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateRebalancingPlanResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRebalancingPlanRequest,
) -> Response[ErrorResponse | GenerateRebalancingPlanResponse]:
    """Generate a rebalancing plan

     Starts generating a plan that replaces the given nodes (or all nodes) with a cheaper set. The plan
    starts in generating and reaches generated when it can be executed.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        body (GenerateRebalancingPlanRequest): What to rebalance. Without rebalancingNodes every
            node is considered. Example: {'minNodes': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateRebalancingPlanResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRebalancingPlanRequest,
) -> ErrorResponse | GenerateRebalancingPlanResponse | None:
    """Generate a rebalancing plan

     Starts generating a plan that replaces the given nodes (or all nodes) with a cheaper set. The plan
    starts in generating and reaches generated when it can be executed.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        body (GenerateRebalancingPlanRequest): What to rebalance. Without rebalancingNodes every
            node is considered. Example: {'minNodes': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateRebalancingPlanResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.generate_rebalancing_plan_response import GenerateRebalancingPlanResponse  # noqa: E402
RESPONSE = GenerateRebalancingPlanResponse
