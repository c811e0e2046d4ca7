from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.externalcluster_v1_list_clusters_response import (
    ExternalclusterV1ListClustersResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    credentials_id: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_credentials_id: list[str] | Unset = UNSET
    if not isinstance(credentials_id, Unset):
        json_credentials_id = credentials_id

    params["credentialsId"] = json_credentials_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/kubernetes/clusters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalclusterV1ListClustersResponse | None:
    if response.status_code == 200:
        response_200 = ExternalclusterV1ListClustersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ExternalclusterV1ListClustersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    credentials_id: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1ListClustersResponse]:
    """List kubernetes clusters

    Args:
        credentials_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1ListClustersResponse]
    """

    kwargs = _get_kwargs(
        credentials_id=credentials_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    credentials_id: list[str] | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1ListClustersResponse | None:
    """List kubernetes clusters

    Args:
        credentials_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1ListClustersResponse
    """

    return sync_detailed(
        client=client,
        credentials_id=credentials_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    credentials_id: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1ListClustersResponse]:
    """List kubernetes clusters

    Args:
        credentials_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1ListClustersResponse]
    """

    kwargs = _get_kwargs(
        credentials_id=credentials_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    credentials_id: list[str] | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1ListClustersResponse | None:
    """List kubernetes clusters

    Args:
        credentials_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1ListClustersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            credentials_id=credentials_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.externalcluster_v1_cluster import ExternalclusterV1Cluster  # noqa: E402
from ...models.externalcluster_v1_list_clusters_response import ExternalclusterV1ListClustersResponse  # noqa: E402
RESPONSE = ExternalclusterV1ListClustersResponse
PAGE_ITEM = ExternalclusterV1Cluster
