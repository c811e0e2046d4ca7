from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workload_optimization_api_list_workloads_any_container_with_runtime import (
    WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime,
)
from ...models.workload_optimization_api_list_workloads_management_options_item import (
    WorkloadOptimizationApiListWorkloadsManagementOptionsItem,
)
from ...models.workload_optimization_api_list_workloads_recommendation_status_type import (
    WorkloadOptimizationApiListWorkloadsRecommendationStatusType,
)
from ...models.workload_optimization_api_list_workloads_sort_order import (
    WorkloadOptimizationApiListWorkloadsSortOrder,
)
from ...models.workloadoptimization_v1_list_workloads_response import (
    WorkloadoptimizationV1ListWorkloadsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    workload_ids: list[str] | Unset = UNSET,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem]
    | Unset = UNSET,
    configured_by: list[str] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: WorkloadOptimizationApiListWorkloadsSortOrder | Unset = UNSET,
    recommendation_status_type: WorkloadOptimizationApiListWorkloadsRecommendationStatusType
    | Unset = UNSET,
    recommendation_is_low_confidence: bool | Unset = UNSET,
    workload_has_error: bool | Unset = UNSET,
    workload_has_custom_metrics: bool | Unset = UNSET,
    any_container_with_runtime: WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workload_ids: list[str] | Unset = UNSET
    if not isinstance(workload_ids, Unset):
        json_workload_ids = workload_ids

    params["workloadIds"] = json_workload_ids

    json_workload_names: list[str] | Unset = UNSET
    if not isinstance(workload_names, Unset):
        json_workload_names = workload_names

    params["workloadNames"] = json_workload_names

    json_namespaces: list[str] | Unset = UNSET
    if not isinstance(namespaces, Unset):
        json_namespaces = namespaces

    params["namespaces"] = json_namespaces

    json_scaling_policy_names: list[str] | Unset = UNSET
    if not isinstance(scaling_policy_names, Unset):
        json_scaling_policy_names = scaling_policy_names

    params["scalingPolicyNames"] = json_scaling_policy_names

    json_kinds: list[str] | Unset = UNSET
    if not isinstance(kinds, Unset):
        json_kinds = kinds

    params["kinds"] = json_kinds

    json_management_options: list[str] | Unset = UNSET
    if not isinstance(management_options, Unset):
        json_management_options = []
        for management_options_item_data in management_options:
            management_options_item: str = management_options_item_data
            json_management_options.append(management_options_item)

    params["managementOptions"] = json_management_options

    json_configured_by: list[str] | Unset = UNSET
    if not isinstance(configured_by, Unset):
        json_configured_by = configured_by

    params["configuredBy"] = json_configured_by

    params["searchQuery"] = search_query

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    params["sort.field"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort.order"] = json_sort_order

    json_recommendation_status_type: str | Unset = UNSET
    if not isinstance(recommendation_status_type, Unset):
        json_recommendation_status_type = recommendation_status_type

    params["recommendationStatusType"] = json_recommendation_status_type

    params["recommendationIsLowConfidence"] = recommendation_is_low_confidence

    params["workloadHasError"] = workload_has_error

    params["workloadHasCustomMetrics"] = workload_has_custom_metrics

    json_any_container_with_runtime: str | Unset = UNSET
    if not isinstance(any_container_with_runtime, Unset):
        json_any_container_with_runtime = any_container_with_runtime

    params["anyContainerWithRuntime"] = json_any_container_with_runtime

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workload-autoscaling/clusters/{cluster_id}/workloads".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse | None:
    if response.status_code == 200:
        response_200 = WorkloadoptimizationV1ListWorkloadsResponse.from_dict(
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
) -> Response[ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse]:
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
    workload_ids: list[str] | Unset = UNSET,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem]
    | Unset = UNSET,
    configured_by: list[str] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: WorkloadOptimizationApiListWorkloadsSortOrder | Unset = UNSET,
    recommendation_status_type: WorkloadOptimizationApiListWorkloadsRecommendationStatusType
    | Unset = UNSET,
    recommendation_is_low_confidence: bool | Unset = UNSET,
    workload_has_error: bool | Unset = UNSET,
    workload_has_custom_metrics: bool | Unset = UNSET,
    any_container_with_runtime: WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse]:
    """List workloads

    Args:
        cluster_id (str):
        workload_ids (list[str] | Unset):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem] |
            Unset):
        configured_by (list[str] | Unset):
        search_query (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (WorkloadOptimizationApiListWorkloadsSortOrder | Unset):
        recommendation_status_type (WorkloadOptimizationApiListWorkloadsRecommendationStatusType |
            Unset):
        recommendation_is_low_confidence (bool | Unset):
        workload_has_error (bool | Unset):
        workload_has_custom_metrics (bool | Unset):
        any_container_with_runtime (WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        workload_ids=workload_ids,
        workload_names=workload_names,
        namespaces=namespaces,
        scaling_policy_names=scaling_policy_names,
        kinds=kinds,
        management_options=management_options,
        configured_by=configured_by,
        search_query=search_query,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        recommendation_status_type=recommendation_status_type,
        recommendation_is_low_confidence=recommendation_is_low_confidence,
        workload_has_error=workload_has_error,
        workload_has_custom_metrics=workload_has_custom_metrics,
        any_container_with_runtime=any_container_with_runtime,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    workload_ids: list[str] | Unset = UNSET,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem]
    | Unset = UNSET,
    configured_by: list[str] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: WorkloadOptimizationApiListWorkloadsSortOrder | Unset = UNSET,
    recommendation_status_type: WorkloadOptimizationApiListWorkloadsRecommendationStatusType
    | Unset = UNSET,
    recommendation_is_low_confidence: bool | Unset = UNSET,
    workload_has_error: bool | Unset = UNSET,
    workload_has_custom_metrics: bool | Unset = UNSET,
    any_container_with_runtime: WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse | None:
    """List workloads

    Args:
        cluster_id (str):
        workload_ids (list[str] | Unset):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem] |
            Unset):
        configured_by (list[str] | Unset):
        search_query (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (WorkloadOptimizationApiListWorkloadsSortOrder | Unset):
        recommendation_status_type (WorkloadOptimizationApiListWorkloadsRecommendationStatusType |
            Unset):
        recommendation_is_low_confidence (bool | Unset):
        workload_has_error (bool | Unset):
        workload_has_custom_metrics (bool | Unset):
        any_container_with_runtime (WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        workload_ids=workload_ids,
        workload_names=workload_names,
        namespaces=namespaces,
        scaling_policy_names=scaling_policy_names,
        kinds=kinds,
        management_options=management_options,
        configured_by=configured_by,
        search_query=search_query,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        recommendation_status_type=recommendation_status_type,
        recommendation_is_low_confidence=recommendation_is_low_confidence,
        workload_has_error=workload_has_error,
        workload_has_custom_metrics=workload_has_custom_metrics,
        any_container_with_runtime=any_container_with_runtime,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    workload_ids: list[str] | Unset = UNSET,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem]
    | Unset = UNSET,
    configured_by: list[str] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: WorkloadOptimizationApiListWorkloadsSortOrder | Unset = UNSET,
    recommendation_status_type: WorkloadOptimizationApiListWorkloadsRecommendationStatusType
    | Unset = UNSET,
    recommendation_is_low_confidence: bool | Unset = UNSET,
    workload_has_error: bool | Unset = UNSET,
    workload_has_custom_metrics: bool | Unset = UNSET,
    any_container_with_runtime: WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse]:
    """List workloads

    Args:
        cluster_id (str):
        workload_ids (list[str] | Unset):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem] |
            Unset):
        configured_by (list[str] | Unset):
        search_query (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (WorkloadOptimizationApiListWorkloadsSortOrder | Unset):
        recommendation_status_type (WorkloadOptimizationApiListWorkloadsRecommendationStatusType |
            Unset):
        recommendation_is_low_confidence (bool | Unset):
        workload_has_error (bool | Unset):
        workload_has_custom_metrics (bool | Unset):
        any_container_with_runtime (WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        workload_ids=workload_ids,
        workload_names=workload_names,
        namespaces=namespaces,
        scaling_policy_names=scaling_policy_names,
        kinds=kinds,
        management_options=management_options,
        configured_by=configured_by,
        search_query=search_query,
        page_limit=page_limit,
        page_cursor=page_cursor,
        sort_field=sort_field,
        sort_order=sort_order,
        recommendation_status_type=recommendation_status_type,
        recommendation_is_low_confidence=recommendation_is_low_confidence,
        workload_has_error=workload_has_error,
        workload_has_custom_metrics=workload_has_custom_metrics,
        any_container_with_runtime=any_container_with_runtime,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    workload_ids: list[str] | Unset = UNSET,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem]
    | Unset = UNSET,
    configured_by: list[str] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: WorkloadOptimizationApiListWorkloadsSortOrder | Unset = UNSET,
    recommendation_status_type: WorkloadOptimizationApiListWorkloadsRecommendationStatusType
    | Unset = UNSET,
    recommendation_is_low_confidence: bool | Unset = UNSET,
    workload_has_error: bool | Unset = UNSET,
    workload_has_custom_metrics: bool | Unset = UNSET,
    any_container_with_runtime: WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse | None:
    """List workloads

    Args:
        cluster_id (str):
        workload_ids (list[str] | Unset):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListWorkloadsManagementOptionsItem] |
            Unset):
        configured_by (list[str] | Unset):
        search_query (str | Unset):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        sort_field (str | Unset):
        sort_order (WorkloadOptimizationApiListWorkloadsSortOrder | Unset):
        recommendation_status_type (WorkloadOptimizationApiListWorkloadsRecommendationStatusType |
            Unset):
        recommendation_is_low_confidence (bool | Unset):
        workload_has_error (bool | Unset):
        workload_has_custom_metrics (bool | Unset):
        any_container_with_runtime (WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1ListWorkloadsResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            workload_ids=workload_ids,
            workload_names=workload_names,
            namespaces=namespaces,
            scaling_policy_names=scaling_policy_names,
            kinds=kinds,
            management_options=management_options,
            configured_by=configured_by,
            search_query=search_query,
            page_limit=page_limit,
            page_cursor=page_cursor,
            sort_field=sort_field,
            sort_order=sort_order,
            recommendation_status_type=recommendation_status_type,
            recommendation_is_low_confidence=recommendation_is_low_confidence,
            workload_has_error=workload_has_error,
            workload_has_custom_metrics=workload_has_custom_metrics,
            any_container_with_runtime=any_container_with_runtime,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.workloadoptimization_v1_list_workloads_response import WorkloadoptimizationV1ListWorkloadsResponse  # noqa: E402
from ...models.workloadoptimization_v1_workload import WorkloadoptimizationV1Workload  # noqa: E402
RESPONSE = WorkloadoptimizationV1ListWorkloadsResponse
PAGE_ITEM = WorkloadoptimizationV1Workload
