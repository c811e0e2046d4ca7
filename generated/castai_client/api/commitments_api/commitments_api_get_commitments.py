from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_inventory_v1_beta_1_get_commitments_response import (
    CastaiInventoryV1Beta1GetCommitmentsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_usage: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeUsage"] = include_usage

    params["clusterId"] = cluster_id

    params["includeUsagePerClusters"] = include_usage_per_clusters

    params["includeUsagePerInstanceTypes"] = include_usage_per_instance_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/savings/commitments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiInventoryV1Beta1GetCommitmentsResponse.from_dict(
            response.json()
        )

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
) -> Response[CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_usage: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse]:
    """Get commitments

    Args:
        include_usage (bool | Unset):
        cluster_id (str | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        include_usage=include_usage,
        cluster_id=cluster_id,
        include_usage_per_clusters=include_usage_per_clusters,
        include_usage_per_instance_types=include_usage_per_instance_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_usage: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse | None:
    """Get commitments

    Args:
        include_usage (bool | Unset):
        cluster_id (str | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        include_usage=include_usage,
        cluster_id=cluster_id,
        include_usage_per_clusters=include_usage_per_clusters,
        include_usage_per_instance_types=include_usage_per_instance_types,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_usage: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse]:
    """Get commitments

    Args:
        include_usage (bool | Unset):
        cluster_id (str | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        include_usage=include_usage,
        cluster_id=cluster_id,
        include_usage_per_clusters=include_usage_per_clusters,
        include_usage_per_instance_types=include_usage_per_instance_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_usage: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse | None:
    """Get commitments

    Args:
        include_usage (bool | Unset):
        cluster_id (str | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1GetCommitmentsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include_usage=include_usage,
            cluster_id=cluster_id,
            include_usage_per_clusters=include_usage_per_clusters,
            include_usage_per_instance_types=include_usage_per_instance_types,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_inventory_v1_beta_1_commitment import CastaiInventoryV1Beta1Commitment  # noqa: E402
from ...models.castai_inventory_v1_beta_1_get_commitments_response import CastaiInventoryV1Beta1GetCommitmentsResponse  # noqa: E402
RESPONSE = CastaiInventoryV1Beta1GetCommitmentsResponse
PAGE_ITEM = CastaiInventoryV1Beta1Commitment
