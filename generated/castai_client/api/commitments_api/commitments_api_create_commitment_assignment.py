from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commitments_api_create_commitment_assignment_response_200 import (
    CommitmentsApiCreateCommitmentAssignmentResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    cluster_id: str,
    commitment_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clusterId"] = cluster_id

    params["commitmentId"] = commitment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/savings/assignments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CommitmentsApiCreateCommitmentAssignmentResponse200.from_dict(
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
) -> Response[CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str,
    commitment_id: str,
) -> Response[CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse]:
    """Create commitment assignment

    Args:
        cluster_id (str):
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        commitment_id=commitment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str,
    commitment_id: str,
) -> CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse | None:
    """Create commitment assignment

    Args:
        cluster_id (str):
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        cluster_id=cluster_id,
        commitment_id=commitment_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str,
    commitment_id: str,
) -> Response[CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse]:
    """Create commitment assignment

    Args:
        cluster_id (str):
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        commitment_id=commitment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str,
    commitment_id: str,
) -> CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse | None:
    """Create commitment assignment

    Args:
        cluster_id (str):
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentsApiCreateCommitmentAssignmentResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_id=cluster_id,
            commitment_id=commitment_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.commitments_api_create_commitment_assignment_response_200 import CommitmentsApiCreateCommitmentAssignmentResponse200  # noqa: E402
RESPONSE = CommitmentsApiCreateCommitmentAssignmentResponse200
