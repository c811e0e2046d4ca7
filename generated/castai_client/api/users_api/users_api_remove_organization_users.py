from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_users_v1_beta_1_remove_organization_users_response import (
    CastaiUsersV1Beta1RemoveOrganizationUsersResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    organization_id: str,
    *,
    users: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_users = users

    params["users"] = json_users

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/organizations/{organization_id}/users".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiUsersV1Beta1RemoveOrganizationUsersResponse.from_dict(
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
) -> Response[CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    users: list[str],
) -> Response[CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse]:
    """Remove organization users

    Args:
        organization_id (str):
        users (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        users=users,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    users: list[str],
) -> CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse | None:
    """Remove organization users

    Args:
        organization_id (str):
        users (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        users=users,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    users: list[str],
) -> Response[CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse]:
    """Remove organization users

    Args:
        organization_id (str):
        users (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        users=users,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    users: list[str],
) -> CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse | None:
    """Remove organization users

    Args:
        organization_id (str):
        users (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiUsersV1Beta1RemoveOrganizationUsersResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            users=users,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_users_v1_beta_1_remove_organization_users_response import CastaiUsersV1Beta1RemoveOrganizationUsersResponse  # noqa: E402
RESPONSE = CastaiUsersV1Beta1RemoveOrganizationUsersResponse
