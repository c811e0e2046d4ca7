from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_cluster_api_list_nodes_lifecycle_type import (
    ExternalClusterApiListNodesLifecycleType,
)
from ...models.external_cluster_api_list_nodes_node_status import (
    ExternalClusterApiListNodesNodeStatus,
)
from ...models.externalcluster_v1_list_nodes_response import (
    ExternalclusterV1ListNodesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: ExternalClusterApiListNodesNodeStatus | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: ExternalClusterApiListNodesLifecycleType | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["nodeId"] = node_id

    json_node_status: str | Unset = UNSET
    if not isinstance(node_status, Unset):
        json_node_status = node_status

    params["nodeStatus"] = json_node_status

    params["instanceType"] = instance_type

    json_lifecycle_type: str | Unset = UNSET
    if not isinstance(lifecycle_type, Unset):
        json_lifecycle_type = lifecycle_type

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
) -> ErrorResponse | ExternalclusterV1ListNodesResponse | None:
    if response.status_code == 200:
        response_200 = ExternalclusterV1ListNodesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ExternalclusterV1ListNodesResponse]:
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
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: ExternalClusterApiListNodesNodeStatus | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: ExternalClusterApiListNodesLifecycleType | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1ListNodesResponse]:
    """List nodes

    Args:
        cluster_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (ExternalClusterApiListNodesNodeStatus | Unset):
        instance_type (str | Unset):
        lifecycle_type (ExternalClusterApiListNodesLifecycleType | Unset):
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1ListNodesResponse]
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
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: ExternalClusterApiListNodesNodeStatus | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: ExternalClusterApiListNodesLifecycleType | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1ListNodesResponse | None:
    """List nodes

    Args:
        cluster_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (ExternalClusterApiListNodesNodeStatus | Unset):
        instance_type (str | Unset):
        lifecycle_type (ExternalClusterApiListNodesLifecycleType | Unset):
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1ListNodesResponse
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
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: ExternalClusterApiListNodesNodeStatus | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: ExternalClusterApiListNodesLifecycleType | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1ListNodesResponse]:
    """List nodes

    Args:
        cluster_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (ExternalClusterApiListNodesNodeStatus | Unset):
        instance_type (str | Unset):
        lifecycle_type (ExternalClusterApiListNodesLifecycleType | Unset):
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1ListNodesResponse]
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
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_status: ExternalClusterApiListNodesNodeStatus | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    lifecycle_type: ExternalClusterApiListNodesLifecycleType | Unset = UNSET,
    removal_disabled: bool | Unset = UNSET,
    unschedulable: bool | Unset = UNSET,
    zone: str | Unset = UNSET,
    node_configuration_name: str | Unset = UNSET,
    node_configuration_version: str | Unset = UNSET,
    node_template_name: str | Unset = UNSET,
    node_template_version: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    exclude_deleting: bool | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1ListNodesResponse | None:
    """List nodes

    Args:
        cluster_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        node_id (str | Unset):
        node_status (ExternalClusterApiListNodesNodeStatus | Unset):
        instance_type (str | Unset):
        lifecycle_type (ExternalClusterApiListNodesLifecycleType | Unset):
        removal_disabled (bool | Unset):
        unschedulable (bool | Unset):
        zone (str | Unset):
        node_configuration_name (str | Unset):
        node_configuration_version (str | Unset):
        node_template_name (str | Unset):
        node_template_version (str | Unset):
        node_name (str | Unset):
        exclude_deleting (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1ListNodesResponse
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
from ...models.externalcluster_v1_list_nodes_response import ExternalclusterV1ListNodesResponse  # noqa: E402
from ...models.externalcluster_v1_node import ExternalclusterV1Node  # noqa: E402
RESPONSE = ExternalclusterV1ListNodesResponse
PAGE_ITEM = ExternalclusterV1Node
