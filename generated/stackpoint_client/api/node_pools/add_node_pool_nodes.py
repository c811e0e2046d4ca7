from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.node import Node
from ...models.node_add import NodeAdd
from ...types import Response


def _get_kwargs(
    org_id: int,
    cluster_id: int,
    nodepool_id: int,
    *,
    body: NodeAdd,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orgs/{org_id}/clusters/{cluster_id}/nodepools/{nodepool_id}/add".format(
            org_id=quote(str(org_id), safe=""),
            cluster_id=quote(str(cluster_id), safe=""),
            nodepool_id=quote(str(nodepool_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Node] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = Node.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Node]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    cluster_id: int,
    nodepool_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAdd,
) -> Response[Error | list[Node]]:
    """Add nodes to a node pool

     Adds worker nodes to the pool. New nodes start in state `draft`.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.
        nodepool_id (int):  Example: 2.
        body (NodeAdd): Nodes to add to a cluster or node pool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Node]]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        cluster_id=cluster_id,
        nodepool_id=nodepool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    cluster_id: int,
    nodepool_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAdd,
) -> Error | list[Node] | None:
    """Add nodes to a node pool

     Adds worker nodes to the pool. New nodes start in state `draft`.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.
        nodepool_id (int):  Example: 2.
        body (NodeAdd): Nodes to add to a cluster or node pool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Node]
    """

    return sync_detailed(
        org_id=org_id,
        cluster_id=cluster_id,
        nodepool_id=nodepool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    cluster_id: int,
    nodepool_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAdd,
) -> Response[Error | list[Node]]:
    """Add nodes to a node pool

     Adds worker nodes to the pool. New nodes start in state `draft`.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.
        nodepool_id (int):  Example: 2.
        body (NodeAdd): Nodes to add to a cluster or node pool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Node]]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        cluster_id=cluster_id,
        nodepool_id=nodepool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    cluster_id: int,
    nodepool_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAdd,
) -> Error | list[Node] | None:
    """Add nodes to a node pool

     Adds worker nodes to the pool. New nodes start in state `draft`.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.
        nodepool_id (int):  Example: 2.
        body (NodeAdd): Nodes to add to a cluster or node pool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Node]
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            cluster_id=cluster_id,
            nodepool_id=nodepool_id,
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.node import Node  # noqa: E402
PAGE_ITEM = Node
