from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_users_v1_beta_1_list_invitations_response import (
    CastaiUsersV1Beta1ListInvitationsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invitations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiUsersV1Beta1ListInvitationsResponse.from_dict(
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
) -> Response[CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
) -> Response[CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse]:
    """List invitations

    Args:
        page_limit (str | Unset):
        page_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_cursor=page_cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
) -> CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse | None:
    """List invitations

    Args:
        page_limit (str | Unset):
        page_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_limit=page_limit,
        page_cursor=page_cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
) -> Response[CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse]:
    """List invitations

    Args:
        page_limit (str | Unset):
        page_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_cursor=page_cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
) -> CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse | None:
    """List invitations

    Args:
        page_limit (str | Unset):
        page_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiUsersV1Beta1ListInvitationsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_limit=page_limit,
            page_cursor=page_cursor,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_users_v1_beta_1_list_invitations_response import CastaiUsersV1Beta1ListInvitationsResponse  # noqa: E402
from ...models.castai_users_v1_beta_1_pending_invitation import CastaiUsersV1Beta1PendingInvitation  # noqa: E402
RESPONSE = CastaiUsersV1Beta1ListInvitationsResponse
PAGE_ITEM = CastaiUsersV1Beta1PendingInvitation
