from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.lifecycle_type_filter import LifecycleTypeFilter
from ...models.list_nodes_response import ListNodesResponse
from ...models.node_status_filter import NodeStatusFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: UUID,
    *,
    page_limit: int | Unset = 100,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: NodeStatusFilter | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: LifecycleTypeFilter | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["nodeId"] = node_id

    json_node_status: str | Unset = UNSET
    if not isinstance(node_status, Unset):
        json_node_status = node_status.value

    params["nodeStatus"] = json_node_status

    params["instanceType"] = instance_type

    json_lifecycle_type: str | Unset = UNSET
    if not isinstance(lifecycle_type, Unset):
        json_lifecycle_type = lifecycle_type.value

    params["lifecycleType"] = json_lifecycle_type

    params["removalDisabled"] = removal_disabled

    params["unschedulable"] = unschedulable

    params["zone"] = zone

    params["nodeConfigurationName"] = node_configuration_name

    params["nodeConfigurationVersion"] = node_configuration_version

    params["nodeTemplateName"] = node_template_name

    params["nodeTemplateVersion"] = node_template_version

    params["nodeName"] = node_name

    params["excludeDeleting"] = exclude_deleting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/kubernetes/external-clusters/{cluster_id}/nodes".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListNodesResponse | None:
    if response.status_code == 200:
        response_200 = ListNodesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListNodesResponse]:
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
    page_limit: int | Unset = 100,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: NodeStatusFilter | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: LifecycleTypeFilter | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = False,
) -> Response[ErrorResponse | ListNodesResponse]:
    """List cluster nodes

     Lists the cluster's nodes, one page at a time. Pass the returned nextCursor as page.cursor to get
    the next page; an empty or missing nextCursor means the last page.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        page_limit (int | Unset):  Default: 100.
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (NodeStatusFilter | Unset): Node status used to filter node lists. Example:
            ready.
        instance_type (str | Unset):  Example: m5.large.
        lifecycle_type (LifecycleTypeFilter | Unset): Node lifecycle used to filter node lists.
            Example: spot.
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):  Example: us-east-1a.
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNodesResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        node_id=node_id,
        node_status=node_status,
        instance_type=instance_type,
        lifecycle_type=lifecycle_type,
        removal_disabled=removal_disabled,
        unschedulable=unschedulable,
        zone=zone,
        node_configuration_name=node_configuration_name,
        node_configuration_version=node_configuration_version,
        node_template_name=node_template_name,
        node_template_version=node_template_version,
        node_name=node_name,
        exclude_deleting=exclude_deleting,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = 100,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: NodeStatusFilter | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: LifecycleTypeFilter | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = False,
) -> ErrorResponse | ListNodesResponse | None:
    """List cluster nodes

     Lists the cluster's nodes, one page at a time. Pass the returned nextCursor as page.cursor to get
    the next page; an empty or missing nextCursor means the last page.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        page_limit (int | Unset):  Default: 100.
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (NodeStatusFilter | Unset): Node status used to filter node lists. Example:
            ready.
        instance_type (str | Unset):  Example: m5.large.
        lifecycle_type (LifecycleTypeFilter | Unset): Node lifecycle used to filter node lists.
            Example: spot.
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):  Example: us-east-1a.
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNodesResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        page_limit=page_limit,
        page_cursor=page_cursor,
        node_id=node_id,
        node_status=node_status,
        instance_type=instance_type,
        lifecycle_type=lifecycle_type,
        removal_disabled=removal_disabled,
        unschedulable=unschedulable,
        zone=zone,
        node_configuration_name=node_configuration_name,
        node_configuration_version=node_configuration_version,
        node_template_name=node_template_name,
        node_template_version=node_template_version,
        node_name=node_name,
        exclude_deleting=exclude_deleting,
    ).parsed


async def asyncio_detailed(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = 100,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: NodeStatusFilter | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: LifecycleTypeFilter | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = False,
) -> Response[ErrorResponse | ListNodesResponse]:
    """List cluster nodes

     Lists the cluster's nodes, one page at a time. Pass the returned nextCursor as page.cursor to get
    the next page; an empty or missing nextCursor means the last page.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        page_limit (int | Unset):  Default: 100.
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (NodeStatusFilter | Unset): Node status used to filter node lists. Example:
            ready.
        instance_type (str | Unset):  Example: m5.large.
        lifecycle_type (LifecycleTypeFilter | Unset): Node lifecycle used to filter node lists.
            Example: spot.
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):  Example: us-east-1a.
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNodesResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        node_id=node_id,
        node_status=node_status,
        instance_type=instance_type,
        lifecycle_type=lifecycle_type,
        removal_disabled=removal_disabled,
        unschedulable=unschedulable,
        zone=zone,
        node_configuration_name=node_configuration_name,
        node_configuration_version=node_configuration_version,
        node_template_name=node_template_name,
        node_template_version=node_template_version,
        node_name=node_name,
        exclude_deleting=exclude_deleting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = 100,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: NodeStatusFilter | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: LifecycleTypeFilter | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = False,
) -> ErrorResponse | ListNodesResponse | None:
    """List cluster nodes

     Lists the cluster's nodes, one page at a time. Pass the returned nextCursor as page.cursor to get
    the next page; an empty or missing nextCursor means the last page.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        page_limit (int | Unset):  Default: 100.
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (NodeStatusFilter | Unset): Node status used to filter node lists. Example:
            ready.
        instance_type (str | Unset):  Example: m5.large.
        lifecycle_type (LifecycleTypeFilter | Unset): Node lifecycle used to filter node lists.
            Example: spot.
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):  Example: us-east-1a.
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNodesResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            page_limit=page_limit,
            page_cursor=page_cursor,
            node_id=node_id,
            node_status=node_status,
            instance_type=instance_type,
            lifecycle_type=lifecycle_type,
            removal_disabled=removal_disabled,
            unschedulable=unschedulable,
            zone=zone,
            node_configuration_name=node_configuration_name,
            node_configuration_version=node_configuration_version,
            node_template_name=node_template_name,
            node_template_version=node_template_version,
            node_name=node_name,
            exclude_deleting=exclude_deleting,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.list_nodes_response import ListNodesResponse  # noqa: E402
from ...models.node import Node  # noqa: E402
RESPONSE = ListNodesResponse
PAGE_ITEM = Node
