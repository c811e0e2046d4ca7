from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.nodetemplates_v1_list_node_templates_response import (
    NodetemplatesV1ListNodeTemplatesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    include_default: bool | Unset = UNSET,
    exclude_stats: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeDefault"] = include_default

    params["excludeStats"] = exclude_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/kubernetes/clusters/{cluster_id}/node-templates".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse | None:
    if response.status_code == 200:
        response_200 = NodetemplatesV1ListNodeTemplatesResponse.from_dict(
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
) -> Response[ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_default: bool | Unset = UNSET,
    exclude_stats: bool | Unset = UNSET,
) -> Response[ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse]:
    """List node templates

    Args:
        cluster_id (str):
        include_default (bool | Unset):
        exclude_stats (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        include_default=include_default,
        exclude_stats=exclude_stats,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_default: bool | Unset = UNSET,
    exclude_stats: bool | Unset = UNSET,
) -> ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse | None:
    """List node templates

    Args:
        cluster_id (str):
        include_default (bool | Unset):
        exclude_stats (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        include_default=include_default,
        exclude_stats=exclude_stats,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_default: bool | Unset = UNSET,
    exclude_stats: bool | Unset = UNSET,
) -> Response[ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse]:
    """List node templates

    Args:
        cluster_id (str):
        include_default (bool | Unset):
        exclude_stats (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        include_default=include_default,
        exclude_stats=exclude_stats,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_default: bool | Unset = UNSET,
    exclude_stats: bool | Unset = UNSET,
) -> ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse | None:
    """List node templates

    Args:
        cluster_id (str):
        include_default (bool | Unset):
        exclude_stats (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NodetemplatesV1ListNodeTemplatesResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            include_default=include_default,
            exclude_stats=exclude_stats,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.nodetemplates_v1_list_node_templates_response import NodetemplatesV1ListNodeTemplatesResponse  # noqa: E402
from ...models.nodetemplates_v1_node_template_list_item import NodetemplatesV1NodeTemplateListItem  # noqa: E402
RESPONSE = NodetemplatesV1ListNodeTemplatesResponse
PAGE_ITEM = NodetemplatesV1NodeTemplateListItem
