from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commitments_api_delete_commitment_response_200 import (
    CommitmentsApiDeleteCommitmentResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    commitment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/savings/commitments/{commitment_id}".format(
            commitment_id=quote(str(commitment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CommitmentsApiDeleteCommitmentResponse200.from_dict(
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
) -> Response[CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse]:
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
) -> Response[CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse]:
    """Delete commitment

    Args:
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse | None:
    """Delete commitment

    Args:
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse
    """

    return sync_detailed(
        commitment_id=commitment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse]:
    """Delete commitment

    Args:
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse | None:
    """Delete commitment

    Args:
        commitment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentsApiDeleteCommitmentResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            commitment_id=commitment_id,
            client=client,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.commitments_api_delete_commitment_response_200 import CommitmentsApiDeleteCommitmentResponse200  # noqa: E402
RESPONSE = CommitmentsApiDeleteCommitmentResponse200
