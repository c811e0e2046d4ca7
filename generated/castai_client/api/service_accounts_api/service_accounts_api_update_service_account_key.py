from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_serviceaccounts_v1_beta_1_update_service_account_key_response import (
    CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse,
)
from ...models.error_response import ErrorResponse
from ...models.key_is_the_service_account_key_to_update import (
    KeyIsTheServiceAccountKeyToUpdate,
)
from ...types import Response


def _get_kwargs(
    organization_id: str,
    service_account_id: str,
    key_id: str,
    *,
    body: KeyIsTheServiceAccountKeyToUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/organizations/{organization_id}/service-accounts/{service_account_id}/keys/{key_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            service_account_id=quote(str(service_account_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = (
            CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse.from_dict(
                response.json()
            )
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
) -> Response[
    CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    service_account_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeyIsTheServiceAccountKeyToUpdate,
) -> Response[
    CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse
]:
    """Update service account key

    Args:
        organization_id (str):
        service_account_id (str):
        key_id (str):
        body (KeyIsTheServiceAccountKeyToUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        service_account_id=service_account_id,
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    service_account_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeyIsTheServiceAccountKeyToUpdate,
) -> CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse | None:
    """Update service account key

    Args:
        organization_id (str):
        service_account_id (str):
        key_id (str):
        body (KeyIsTheServiceAccountKeyToUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        service_account_id=service_account_id,
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    service_account_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeyIsTheServiceAccountKeyToUpdate,
) -> Response[
    CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse
]:
    """Update service account key

    Args:
        organization_id (str):
        service_account_id (str):
        key_id (str):
        body (KeyIsTheServiceAccountKeyToUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        service_account_id=service_account_id,
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    service_account_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeyIsTheServiceAccountKeyToUpdate,
) -> CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse | None:
    """Update service account key

    Args:
        organization_id (str):
        service_account_id (str):
        key_id (str):
        body (KeyIsTheServiceAccountKeyToUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            service_account_id=service_account_id,
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_serviceaccounts_v1_beta_1_update_service_account_key_response import CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse  # noqa: E402
RESPONSE = CastaiServiceaccountsV1Beta1UpdateServiceAccountKeyResponse
