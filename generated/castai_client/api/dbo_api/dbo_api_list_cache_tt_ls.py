from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_v1_list_cache_tt_ls_response import DboV1ListCacheTTLsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    cache_id: str,
    *,
    table: str | Unset = UNSET,
    template_hash: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["table"] = table

    params["templateHash"] = template_hash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dbo/cache-groups/{group_id}/cache-configurations/{cache_id}/rules".format(
            group_id=quote(str(group_id), safe=""),
            cache_id=quote(str(cache_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DboV1ListCacheTTLsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DboV1ListCacheTTLsResponse.from_dict(response.json())

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
) -> Response[DboV1ListCacheTTLsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    table: str | Unset = UNSET,
    template_hash: str | Unset = UNSET,
) -> Response[DboV1ListCacheTTLsResponse | ErrorResponse]:
    """List cache TT ls

    Args:
        group_id (str):
        cache_id (str):
        table (str | Unset):
        template_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1ListCacheTTLsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cache_id=cache_id,
        table=table,
        template_hash=template_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    table: str | Unset = UNSET,
    template_hash: str | Unset = UNSET,
) -> DboV1ListCacheTTLsResponse | ErrorResponse | None:
    """List cache TT ls

    Args:
        group_id (str):
        cache_id (str):
        table (str | Unset):
        template_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1ListCacheTTLsResponse | ErrorResponse
    """

    return sync_detailed(
        group_id=group_id,
        cache_id=cache_id,
        client=client,
        table=table,
        template_hash=template_hash,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    table: str | Unset = UNSET,
    template_hash: str | Unset = UNSET,
) -> Response[DboV1ListCacheTTLsResponse | ErrorResponse]:
    """List cache TT ls

    Args:
        group_id (str):
        cache_id (str):
        table (str | Unset):
        template_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1ListCacheTTLsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cache_id=cache_id,
        table=table,
        template_hash=template_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    cache_id: str,
    *,
    client: AuthenticatedClient | Client,
    table: str | Unset = UNSET,
    template_hash: str | Unset = UNSET,
) -> DboV1ListCacheTTLsResponse | ErrorResponse | None:
    """List cache TT ls

    Args:
        group_id (str):
        cache_id (str):
        table (str | Unset):
        template_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1ListCacheTTLsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            cache_id=cache_id,
            client=client,
            table=table,
            template_hash=template_hash,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_list_cache_tt_ls_response import DboV1ListCacheTTLsResponse  # noqa: E402
from ...models.dbo_v1ttl_configuration import DboV1TTLConfiguration  # noqa: E402
RESPONSE = DboV1ListCacheTTLsResponse
PAGE_ITEM = DboV1TTLConfiguration
