from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_inventory_v1_beta_1_get_commitment_response import (
    CastaiInventoryV1Beta1GetCommitmentResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    commitment_id: str,
    *,
    cluster_id: str | Unset = UNSET,
    include_usage: bool | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clusterId"] = cluster_id

    params["includeUsage"] = include_usage

    params["includeUsagePerClusters"] = include_usage_per_clusters

    params["includeUsagePerInstanceTypes"] = include_usage_per_instance_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/savings/commitments/{commitment_id}".format(
            commitment_id=quote(str(commitment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiInventoryV1Beta1GetCommitmentResponse.from_dict(
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
) -> Response[CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    include_usage: bool | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse]:
    """Get commitment

    Args:
        commitment_id (str):
        cluster_id (str | Unset):
        include_usage (bool | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
        cluster_id=cluster_id,
        include_usage=include_usage,
        include_usage_per_clusters=include_usage_per_clusters,
        include_usage_per_instance_types=include_usage_per_instance_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    include_usage: bool | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse | None:
    """Get commitment

    Args:
        commitment_id (str):
        cluster_id (str | Unset):
        include_usage (bool | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse
    """

    return sync_detailed(
        commitment_id=commitment_id,
        client=client,
        cluster_id=cluster_id,
        include_usage=include_usage,
        include_usage_per_clusters=include_usage_per_clusters,
        include_usage_per_instance_types=include_usage_per_instance_types,
    ).parsed


async def asyncio_detailed(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    include_usage: bool | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse]:
    """Get commitment

    Args:
        commitment_id (str):
        cluster_id (str | Unset):
        include_usage (bool | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
        cluster_id=cluster_id,
        include_usage=include_usage,
        include_usage_per_clusters=include_usage_per_clusters,
        include_usage_per_instance_types=include_usage_per_instance_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    include_usage: bool | Unset = UNSET,
    include_usage_per_clusters: bool | Unset = UNSET,
    include_usage_per_instance_types: bool | Unset = UNSET,
) -> CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse | None:
    """Get commitment

    Args:
        commitment_id (str):
        cluster_id (str | Unset):
        include_usage (bool | Unset):
        include_usage_per_clusters (bool | Unset):
        include_usage_per_instance_types (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1GetCommitmentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            commitment_id=commitment_id,
            client=client,
            cluster_id=cluster_id,
            include_usage=include_usage,
            include_usage_per_clusters=include_usage_per_clusters,
            include_usage_per_instance_types=include_usage_per_instance_types,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_inventory_v1_beta_1_get_commitment_response import CastaiInventoryV1Beta1GetCommitmentResponse  # noqa: E402
RESPONSE = CastaiInventoryV1Beta1GetCommitmentResponse
