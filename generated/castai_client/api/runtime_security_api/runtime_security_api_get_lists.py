from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.runtime_security_api_get_lists_sort_order import (
    RuntimeSecurityApiGetListsSortOrder,
)
from ...models.runtime_v1_get_lists_response import RuntimeV1GetListsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetListsSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["sort.field"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort.order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/security/runtime/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RuntimeV1GetListsResponse | None:
    if response.status_code == 200:
        response_200 = RuntimeV1GetListsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RuntimeV1GetListsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetListsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetListsResponse]:
    """Get lists

    Args:
        search (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetListsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetListsResponse]
    """

    kwargs = _get_kwargs(
        search=search,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetListsSortOrder | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetListsResponse | None:
    """Get lists

    Args:
        search (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetListsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetListsResponse
    """

    return sync_detailed(
        client=client,
        search=search,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetListsSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetListsResponse]:
    """Get lists

    Args:
        search (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetListsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetListsResponse]
    """

    kwargs = _get_kwargs(
        search=search,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: RuntimeSecurityApiGetListsSortOrder | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetListsResponse | None:
    """Get lists

    Args:
        search (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (RuntimeSecurityApiGetListsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetListsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            page_limit=page_limit,
            page_cursor=page_cursor,
            sort_field=sort_field,
            sort_order=sort_order,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.runtime_v1_get_lists_response import RuntimeV1GetListsResponse  # noqa: E402
from ...models.runtime_v1_list_header_with_rules import RuntimeV1ListHeaderWithRules  # noqa: E402
RESPONSE = RuntimeV1GetListsResponse
PAGE_ITEM = RuntimeV1ListHeaderWithRules
