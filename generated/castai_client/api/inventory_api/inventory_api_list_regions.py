from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_inventory_v1_beta_1_list_regions_response import (
    CastaiInventoryV1Beta1ListRegionsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_unavailable: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    params["includeUnavailable"] = include_unavailable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/regions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiInventoryV1Beta1ListRegionsResponse.from_dict(
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
) -> Response[CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_unavailable: bool | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse]:
    """List regions

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        include_unavailable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        include_unavailable=include_unavailable,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_unavailable: bool | Unset = UNSET,
) -> CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse | None:
    """List regions

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        include_unavailable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        include_unavailable=include_unavailable,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_unavailable: bool | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse]:
    """List regions

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        include_unavailable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        include_unavailable=include_unavailable,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_unavailable: bool | Unset = UNSET,
) -> CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse | None:
    """List regions

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        include_unavailable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1ListRegionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            include_unavailable=include_unavailable,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_inventory_v1_beta_1_list_regions_response import CastaiInventoryV1Beta1ListRegionsResponse  # noqa: E402
from ...models.castai_inventory_v1_beta_1_region import CastaiInventoryV1Beta1Region  # noqa: E402
RESPONSE = CastaiInventoryV1Beta1ListRegionsResponse
PAGE_ITEM = CastaiInventoryV1Beta1Region
