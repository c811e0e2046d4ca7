from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_rbac_v1_beta_1_list_roles_response import (
    CastaiRbacV1Beta1ListRolesResponse,
)
from ...models.error_response import ErrorResponse
from ...models.rbac_service_api_list_roles_type import (
    RbacServiceApiListRolesType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    *,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    type_: RbacServiceApiListRolesType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{organization_id}/roles".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiRbacV1Beta1ListRolesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiRbacV1Beta1ListRolesResponse.from_dict(response.json())

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
) -> Response[CastaiRbacV1Beta1ListRolesResponse | ErrorResponse]:
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
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    type_: RbacServiceApiListRolesType | Unset = UNSET,
) -> Response[CastaiRbacV1Beta1ListRolesResponse | ErrorResponse]:
    """List roles

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        type_ (RbacServiceApiListRolesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiRbacV1Beta1ListRolesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    type_: RbacServiceApiListRolesType | Unset = UNSET,
) -> CastaiRbacV1Beta1ListRolesResponse | ErrorResponse | None:
    """List roles

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        type_ (RbacServiceApiListRolesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiRbacV1Beta1ListRolesResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        page_limit=page_limit,
        page_cursor=page_cursor,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    type_: RbacServiceApiListRolesType | Unset = UNSET,
) -> Response[CastaiRbacV1Beta1ListRolesResponse | ErrorResponse]:
    """List roles

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        type_ (RbacServiceApiListRolesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiRbacV1Beta1ListRolesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    type_: RbacServiceApiListRolesType | Unset = UNSET,
) -> CastaiRbacV1Beta1ListRolesResponse | ErrorResponse | None:
    """List roles

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        type_ (RbacServiceApiListRolesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiRbacV1Beta1ListRolesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            page_limit=page_limit,
            page_cursor=page_cursor,
            type_=type_,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_rbac_v1_beta_1_list_roles_response import CastaiRbacV1Beta1ListRolesResponse  # noqa: E402
from ...models.castai_rbac_v1_beta_1_role import CastaiRbacV1Beta1Role  # noqa: E402
RESPONSE = CastaiRbacV1Beta1ListRolesResponse
PAGE_ITEM = CastaiRbacV1Beta1Role
