from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.market_offering import MarketOffering
from ...models.offer_constraints import OfferConstraints
from ...types import Response


def _get_kwargs(
    *,
    body: OfferConstraints,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/offers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[MarketOffering] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MarketOffering.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[MarketOffering]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OfferConstraints,
) -> Response[ErrorBody | list[MarketOffering]]:
    """Search marketplace offers

     Returns the offers that satisfy every constraint in the body. All constraints are optional; an empty
    object returns every available offer, and no match yields an empty array.

    Args:
        body (OfferConstraints): Filters for offers. Every field is optional and may be null; `{}`
            matches every offer. Example: {'basicConfiguration': 'cpu-4-ram-8gb-storage-25gb',
            'datacenter': {'countries': ['FR']}, 'maxTotalPricePerEpochUsd': '1.5'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[MarketOffering]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OfferConstraints,
) -> ErrorBody | list[MarketOffering] | None:
    """Search marketplace offers

     Returns the offers that satisfy every constraint in the body. All constraints are optional; an empty
    object returns every available offer, and no match yields an empty array.

    Args:
        body (OfferConstraints): Filters for offers. Every field is optional and may be null; `{}`
            matches every offer. Example: {'basicConfiguration': 'cpu-4-ram-8gb-storage-25gb',
            'datacenter': {'countries': ['FR']}, 'maxTotalPricePerEpochUsd': '1.5'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[MarketOffering]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OfferConstraints,
) -> Response[ErrorBody | list[MarketOffering]]:
    """Search marketplace offers

     Returns the offers that satisfy every constraint in the body. All constraints are optional; an empty
    object returns every available offer, and no match yields an empty array.

    Args:
        body (OfferConstraints): Filters for offers. Every field is optional and may be null; `{}`
            matches every offer. Example: {'basicConfiguration': 'cpu-4-ram-8gb-storage-25gb',
            'datacenter': {'countries': ['FR']}, 'maxTotalPricePerEpochUsd': '1.5'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[MarketOffering]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OfferConstraints,
) -> ErrorBody | list[MarketOffering] | None:
    """Search marketplace offers

     Returns the offers that satisfy every constraint in the body. All constraints are optional; an empty
    object returns every available offer, and no match yields an empty array.

    Args:
        body (OfferConstraints): Filters for offers. Every field is optional and may be null; `{}`
            matches every offer. Example: {'basicConfiguration': 'cpu-4-ram-8gb-storage-25gb',
            'datacenter': {'countries': ['FR']}, 'maxTotalPricePerEpochUsd': '1.5'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[MarketOffering]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.market_offering import MarketOffering  # noqa: E402
PAGE_ITEM = MarketOffering
