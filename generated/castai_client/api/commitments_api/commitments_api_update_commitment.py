from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_inventory_v1_beta_1_update_commitment_input import (
    CastaiInventoryV1Beta1UpdateCommitmentInput,
)
from ...models.castai_inventory_v1_beta_1_update_commitment_response import (
    CastaiInventoryV1Beta1UpdateCommitmentResponse,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    commitment_id: str,
    *,
    body: CastaiInventoryV1Beta1UpdateCommitmentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/savings/commitments/{commitment_id}".format(
            commitment_id=quote(str(commitment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiInventoryV1Beta1UpdateCommitmentResponse.from_dict(
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
) -> Response[CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse]:
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
    body: CastaiInventoryV1Beta1UpdateCommitmentInput,
) -> Response[CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse]:
    """Update commitment

    Args:
        commitment_id (str):
        body (CastaiInventoryV1Beta1UpdateCommitmentInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CastaiInventoryV1Beta1UpdateCommitmentInput,
) -> CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse | None:
    """Update commitment

    Args:
        commitment_id (str):
        body (CastaiInventoryV1Beta1UpdateCommitmentInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse
    """

    return sync_detailed(
        commitment_id=commitment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CastaiInventoryV1Beta1UpdateCommitmentInput,
) -> Response[CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse]:
    """Update commitment

    Args:
        commitment_id (str):
        body (CastaiInventoryV1Beta1UpdateCommitmentInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CastaiInventoryV1Beta1UpdateCommitmentInput,
) -> CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse | None:
    """Update commitment

    Args:
        commitment_id (str):
        body (CastaiInventoryV1Beta1UpdateCommitmentInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1UpdateCommitmentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            commitment_id=commitment_id,
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_inventory_v1_beta_1_update_commitment_response import CastaiInventoryV1Beta1UpdateCommitmentResponse  # noqa: E402
RESPONSE = CastaiInventoryV1Beta1UpdateCommitmentResponse
