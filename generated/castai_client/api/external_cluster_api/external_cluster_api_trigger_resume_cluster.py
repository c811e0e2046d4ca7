from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.node_config import NodeConfig
from ...models.operation_mode import OperationMode
from ...models.trigger_resume_cluster_response import TriggerResumeClusterResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: UUID,
    *,
    body: NodeConfig,
    mode: OperationMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kubernetes/external-clusters/{cluster_id}/resume".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TriggerResumeClusterResponse | None:
    if response.status_code == 200:
        response_200 = TriggerResumeClusterResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TriggerResumeClusterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NodeConfig,
    mode: OperationMode | Unset = UNSET,
) -> Response[ErrorResponse | TriggerResumeClusterResponse]:
    """Resume a hibernated cluster

     Resumes a hibernated cluster by creating the node described in the body to host the system
    workloads. Returns an operation ID to poll; the cluster moves to resuming and then ready.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        mode (OperationMode | Unset): Whether an action runs for real or only validates. Example:
            OPERATION_MODE_DEFAULT.
        body (NodeConfig): The node to create. Example: {'instanceType': 'm5.large', 'spotConfig':
            {'isSpot': False}, 'zone': 'us-east-1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerResumeClusterResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NodeConfig,
    mode: OperationMode | Unset = UNSET,
) -> ErrorResponse | TriggerResumeClusterResponse | None:
    """Resume a hibernated cluster

     Resumes a hibernated cluster by creating the node described in the body to host the system
    workloads. Returns an operation ID to poll; the cluster moves to resuming and then ready.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        mode (OperationMode | Unset): Whether an action runs for real or only validates. Example:
            OPERATION_MODE_DEFAULT.
        body (NodeConfig): The node to create. Example: {'instanceType': 'm5.large', 'spotConfig':
            {'isSpot': False}, 'zone': 'us-east-1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerResumeClusterResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        body=body,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NodeConfig,
    mode: OperationMode | Unset = UNSET,
) -> Response[ErrorResponse | TriggerResumeClusterResponse]:
    """Resume a hibernated cluster

     Resumes a hibernated cluster by creating the node described in the body to host the system
    workloads. Returns an operation ID to poll; the cluster moves to resuming and then ready.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        mode (OperationMode | Unset): Whether an action runs for real or only validates. Example:
            OPERATION_MODE_DEFAULT.
        body (NodeConfig): The node to create. Example: {'instanceType': 'm5.large', 'spotConfig':
            {'isSpot': False}, 'zone': 'us-east-1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerResumeClusterResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NodeConfig,
    mode: OperationMode | Unset = UNSET,
) -> ErrorResponse | TriggerResumeClusterResponse | None:
    """Resume a hibernated cluster

     Resumes a hibernated cluster by creating the node described in the body to host the system
    workloads. Returns an operation ID to poll; the cluster moves to resuming and then ready.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        mode (OperationMode | Unset): Whether an action runs for real or only validates. Example:
            OPERATION_MODE_DEFAULT.
        body (NodeConfig): The node to create. Example: {'instanceType': 'm5.large', 'spotConfig':
            {'isSpot': False}, 'zone': 'us-east-1a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerResumeClusterResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            body=body,
            mode=mode,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.trigger_resume_cluster_response import TriggerResumeClusterResponse  # noqa: E402
RESPONSE = TriggerResumeClusterResponse
