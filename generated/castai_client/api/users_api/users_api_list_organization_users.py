from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_users_v1_beta_1_list_organization_users_response import (
    CastaiUsersV1Beta1ListOrganizationUsersResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    *,
    include_groups: bool | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeGroups"] = include_groups

    json_role_id: list[str] | Unset = UNSET
    if not isinstance(role_id, Unset):
        json_role_id = role_id

    params["roleId"] = json_role_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{organization_id}/users".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiUsersV1Beta1ListOrganizationUsersResponse.from_dict(
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
) -> Response[CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse]:
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
    include_groups: bool | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
) -> Response[CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse]:
    """List organization users

    Args:
        organization_id (str):
        include_groups (bool | Unset):
        role_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        include_groups=include_groups,
        role_id=role_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_groups: bool | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
) -> CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse | None:
    """List organization users

    Args:
        organization_id (str):
        include_groups (bool | Unset):
        role_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        include_groups=include_groups,
        role_id=role_id,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_groups: bool | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
) -> Response[CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse]:
    """List organization users

    Args:
        organization_id (str):
        include_groups (bool | Unset):
        role_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        include_groups=include_groups,
        role_id=role_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_groups: bool | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
) -> CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse | None:
    """List organization users

    Args:
        organization_id (str):
        include_groups (bool | Unset):
        role_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiUsersV1Beta1ListOrganizationUsersResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            include_groups=include_groups,
            role_id=role_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_users_v1_beta_1_list_organization_users_response import CastaiUsersV1Beta1ListOrganizationUsersResponse  # noqa: E402
from ...models.castai_users_v1_beta_1_membership import CastaiUsersV1Beta1Membership  # noqa: E402
RESPONSE = CastaiUsersV1Beta1ListOrganizationUsersResponse
PAGE_ITEM = CastaiUsersV1Beta1Membership
