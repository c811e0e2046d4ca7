from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_v1_exchange_cache_state_response import (
    DboV1ExchangeCacheStateResponse,
)
from ...models.dbo_v1_proxy_state import DboV1ProxyState
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    cache_group_id: str,
    *,
    body: DboV1ProxyState,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dbo/cache-state-exchange/{cache_group_id}".format(
            cache_group_id=quote(str(cache_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DboV1ExchangeCacheStateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DboV1ExchangeCacheStateResponse.from_dict(response.json())

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
) -> Response[DboV1ExchangeCacheStateResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cache_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DboV1ProxyState,
) -> Response[DboV1ExchangeCacheStateResponse | ErrorResponse]:
    """Exchange cache state

    Args:
        cache_group_id (str):
        body (DboV1ProxyState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1ExchangeCacheStateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cache_group_id=cache_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cache_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DboV1ProxyState,
) -> DboV1ExchangeCacheStateResponse | ErrorResponse | None:
    """Exchange cache state

    Args:
        cache_group_id (str):
        body (DboV1ProxyState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1ExchangeCacheStateResponse | ErrorResponse
    """

    return sync_detailed(
        cache_group_id=cache_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cache_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DboV1ProxyState,
) -> Response[DboV1ExchangeCacheStateResponse | ErrorResponse]:
    """Exchange cache state

    Args:
        cache_group_id (str):
        body (DboV1ProxyState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1ExchangeCacheStateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cache_group_id=cache_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cache_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DboV1ProxyState,
) -> DboV1ExchangeCacheStateResponse | ErrorResponse | None:
    """Exchange cache state

    Args:
        cache_group_id (str):
        body (DboV1ProxyState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1ExchangeCacheStateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            cache_group_id=cache_group_id,
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_exchange_cache_state_response import DboV1ExchangeCacheStateResponse  # noqa: E402
RESPONSE = DboV1ExchangeCacheStateResponse
