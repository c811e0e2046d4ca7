from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_token_api_list_auth_tokens_organizations import (
    AuthTokenApiListAuthTokensOrganizations,
)
from ...models.castai_authtoken_v1_beta_1_list_auth_tokens_response import (
    CastaiAuthtokenV1Beta1ListAuthTokensResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    organizations: AuthTokenApiListAuthTokensOrganizations | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    json_organizations: str | Unset = UNSET
    if not isinstance(organizations, Unset):
        json_organizations = organizations

    params["organizations"] = json_organizations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/auth/tokens",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiAuthtokenV1Beta1ListAuthTokensResponse.from_dict(
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
) -> Response[CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    organizations: AuthTokenApiListAuthTokensOrganizations | Unset = UNSET,
) -> Response[CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse]:
    """List auth tokens

    Args:
        user_id (str | Unset):
        organizations (AuthTokenApiListAuthTokensOrganizations | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organizations=organizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    organizations: AuthTokenApiListAuthTokensOrganizations | Unset = UNSET,
) -> CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse | None:
    """List auth tokens

    Args:
        user_id (str | Unset):
        organizations (AuthTokenApiListAuthTokensOrganizations | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        organizations=organizations,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    organizations: AuthTokenApiListAuthTokensOrganizations | Unset = UNSET,
) -> Response[CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse]:
    """List auth tokens

    Args:
        user_id (str | Unset):
        organizations (AuthTokenApiListAuthTokensOrganizations | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organizations=organizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    organizations: AuthTokenApiListAuthTokensOrganizations | Unset = UNSET,
) -> CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse | None:
    """List auth tokens

    Args:
        user_id (str | Unset):
        organizations (AuthTokenApiListAuthTokensOrganizations | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiAuthtokenV1Beta1ListAuthTokensResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            organizations=organizations,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_authtoken_v1_beta_1_auth_token import CastaiAuthtokenV1Beta1AuthToken  # noqa: E402
from ...models.castai_authtoken_v1_beta_1_list_auth_tokens_response import CastaiAuthtokenV1Beta1ListAuthTokensResponse  # noqa: E402
RESPONSE = CastaiAuthtokenV1Beta1ListAuthTokensResponse
PAGE_ITEM = CastaiAuthtokenV1Beta1AuthToken
