from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_node_response import DeleteNodeResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: UUID,
    node_id: UUID,
    *,
    drain_timeout: str | Unset = UNSET,
    force_delete: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["drainTimeout"] = drain_timeout

    params["forceDelete"] = force_delete

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/kubernetes/external-clusters/{cluster_id}/nodes/{node_id}".format(
            cluster_id=quote(str(cluster_id), safe=""),
            node_id=quote(str(node_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteNodeResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteNodeResponse.from_dict(response.json())

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
) -> Response[DeleteNodeResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: UUID,
    node_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    drain_timeout: str | Unset = UNSET,
    force_delete: bool | Unset = False,
) -> Response[DeleteNodeResponse | ErrorResponse]:
    """Delete a node

     Drains the node (unless forced) and deletes its instance. Returns an operation ID to poll.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        node_id (UUID):  Example: 6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69.
        drain_timeout (str | Unset):  Example: 600s.
        force_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteNodeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        node_id=node_id,
        drain_timeout=drain_timeout,
        force_delete=force_delete,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: UUID,
    node_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    drain_timeout: str | Unset = UNSET,
    force_delete: bool | Unset = False,
) -> DeleteNodeResponse | ErrorResponse | None:
    """Delete a node

     Drains the node (unless forced) and deletes its instance. Returns an operation ID to poll.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        node_id (UUID):  Example: 6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69.
        drain_timeout (str | Unset):  Example: 600s.
        force_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteNodeResponse | ErrorResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        node_id=node_id,
        client=client,
        drain_timeout=drain_timeout,
        force_delete=force_delete,
    ).parsed


async def asyncio_detailed(
    cluster_id: UUID,
    node_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    drain_timeout: str | Unset = UNSET,
    force_delete: bool | Unset = False,
) -> Response[DeleteNodeResponse | ErrorResponse]:
    """Delete a node

     Drains the node (unless forced) and deletes its instance. Returns an operation ID to poll.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        node_id (UUID):  Example: 6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69.
        drain_timeout (str | Unset):  Example: 600s.
        force_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteNodeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        node_id=node_id,
        drain_timeout=drain_timeout,
        force_delete=force_delete,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: UUID,
    node_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    drain_timeout: str | Unset = UNSET,
    force_delete: bool | Unset = False,
) -> DeleteNodeResponse | ErrorResponse | None:
    """Delete a node

     Drains the node (unless forced) and deletes its instance. Returns an operation ID to poll.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        node_id (UUID):  Example: 6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69.
        drain_timeout (str | Unset):  Example: 600s.
        force_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteNodeResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            node_id=node_id,
            client=client,
            drain_timeout=drain_timeout,
            force_delete=force_delete,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.delete_node_response import DeleteNodeResponse  # noqa: E402
RESPONSE = DeleteNodeResponse
