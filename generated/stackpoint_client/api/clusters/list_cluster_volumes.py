from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.persistent_volume import PersistentVolume
from ...types import Response


def _get_kwargs(
    org_id: int,
    cluster_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{org_id}/clusters/{cluster_id}/volumes".format(
            org_id=quote(str(org_id), safe=""),
            cluster_id=quote(str(cluster_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PersistentVolume] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PersistentVolume.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[Error | list[PersistentVolume]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    cluster_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PersistentVolume]]:
    """List a cluster's volumes

     Returns the persistent volumes of the cluster, unpaged.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PersistentVolume]]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        cluster_id=cluster_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    cluster_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[PersistentVolume] | None:
    """List a cluster's volumes

     Returns the persistent volumes of the cluster, unpaged.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PersistentVolume]
    """

    return sync_detailed(
        org_id=org_id,
        cluster_id=cluster_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    cluster_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PersistentVolume]]:
    """List a cluster's volumes

     Returns the persistent volumes of the cluster, unpaged.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PersistentVolume]]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        cluster_id=cluster_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    cluster_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[PersistentVolume] | None:
    """List a cluster's volumes

     Returns the persistent volumes of the cluster, unpaged.

    Args:
        org_id (int):  Example: 381.
        cluster_id (int):  Example: 45.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PersistentVolume]
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            cluster_id=cluster_id,
            client=client,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.persistent_volume import PersistentVolume  # noqa: E402
PAGE_ITEM = PersistentVolume
