from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.externalcluster_v1_reconcile_cluster_response import (
    ExternalclusterV1ReconcileClusterResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    skip_aks_init_data: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skipAksInitData"] = skip_aks_init_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kubernetes/external-clusters/{cluster_id}/reconcile".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalclusterV1ReconcileClusterResponse | None:
    if response.status_code == 200:
        response_200 = ExternalclusterV1ReconcileClusterResponse.from_dict(
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
) -> Response[ErrorResponse | ExternalclusterV1ReconcileClusterResponse]:
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
    skip_aks_init_data: bool | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1ReconcileClusterResponse]:
    """Reconcile cluster

    Args:
        cluster_id (str):
        skip_aks_init_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1ReconcileClusterResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        skip_aks_init_data=skip_aks_init_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    skip_aks_init_data: bool | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1ReconcileClusterResponse | None:
    """Reconcile cluster

    Args:
        cluster_id (str):
        skip_aks_init_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1ReconcileClusterResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        skip_aks_init_data=skip_aks_init_data,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    skip_aks_init_data: bool | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1ReconcileClusterResponse]:
    """Reconcile cluster

    Args:
        cluster_id (str):
        skip_aks_init_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1ReconcileClusterResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        skip_aks_init_data=skip_aks_init_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    skip_aks_init_data: bool | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1ReconcileClusterResponse | None:
    """Reconcile cluster

    Args:
        cluster_id (str):
        skip_aks_init_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1ReconcileClusterResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            skip_aks_init_data=skip_aks_init_data,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.externalcluster_v1_reconcile_cluster_response import ExternalclusterV1ReconcileClusterResponse  # noqa: E402
RESPONSE = ExternalclusterV1ReconcileClusterResponse
