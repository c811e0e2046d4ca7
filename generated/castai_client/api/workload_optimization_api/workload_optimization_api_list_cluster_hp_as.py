from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workload_optimization_api_list_cluster_hp_as_include_conversion import (
    WorkloadOptimizationApiListClusterHpAsIncludeConversion,
)
from ...models.workload_optimization_api_list_cluster_hp_as_management_options_item import (
    WorkloadOptimizationApiListClusterHpAsManagementOptionsItem,
)
from ...models.workloadoptimization_v1_list_cluster_hp_as_response import (
    WorkloadoptimizationV1ListClusterHPAsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[
        WorkloadOptimizationApiListClusterHpAsManagementOptionsItem
    ]
    | Unset = UNSET,
    include_conversion: WorkloadOptimizationApiListClusterHpAsIncludeConversion
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_include_conversion: str | Unset = UNSET
    if not isinstance(include_conversion, Unset):
        json_include_conversion = include_conversion

    params["includeConversion"] = json_include_conversion

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta/workload-autoscaling/clusters/{cluster_id}/hpas:analyze".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse | None:
    if response.status_code == 200:
        response_200 = WorkloadoptimizationV1ListClusterHPAsResponse.from_dict(
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
) -> Response[ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse]:
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
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[
        WorkloadOptimizationApiListClusterHpAsManagementOptionsItem
    ]
    | Unset = UNSET,
    include_conversion: WorkloadOptimizationApiListClusterHpAsIncludeConversion
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse]:
    """List cluster HP as

    Args:
        cluster_id (str):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListClusterHpAsManagementOptionsItem] |
            Unset):
        include_conversion (WorkloadOptimizationApiListClusterHpAsIncludeConversion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        workload_names=workload_names,
        namespaces=namespaces,
        scaling_policy_names=scaling_policy_names,
        kinds=kinds,
        management_options=management_options,
        include_conversion=include_conversion,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[
        WorkloadOptimizationApiListClusterHpAsManagementOptionsItem
    ]
    | Unset = UNSET,
    include_conversion: WorkloadOptimizationApiListClusterHpAsIncludeConversion
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse | None:
    """List cluster HP as

    Args:
        cluster_id (str):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListClusterHpAsManagementOptionsItem] |
            Unset):
        include_conversion (WorkloadOptimizationApiListClusterHpAsIncludeConversion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        workload_names=workload_names,
        namespaces=namespaces,
        scaling_policy_names=scaling_policy_names,
        kinds=kinds,
        management_options=management_options,
        include_conversion=include_conversion,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[
        WorkloadOptimizationApiListClusterHpAsManagementOptionsItem
    ]
    | Unset = UNSET,
    include_conversion: WorkloadOptimizationApiListClusterHpAsIncludeConversion
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse]:
    """List cluster HP as

    Args:
        cluster_id (str):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListClusterHpAsManagementOptionsItem] |
            Unset):
        include_conversion (WorkloadOptimizationApiListClusterHpAsIncludeConversion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        workload_names=workload_names,
        namespaces=namespaces,
        scaling_policy_names=scaling_policy_names,
        kinds=kinds,
        management_options=management_options,
        include_conversion=include_conversion,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    workload_names: list[str] | Unset = UNSET,
    namespaces: list[str] | Unset = UNSET,
    scaling_policy_names: list[str] | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    management_options: list[
        WorkloadOptimizationApiListClusterHpAsManagementOptionsItem
    ]
    | Unset = UNSET,
    include_conversion: WorkloadOptimizationApiListClusterHpAsIncludeConversion
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse | None:
    """List cluster HP as

    Args:
        cluster_id (str):
        workload_names (list[str] | Unset):
        namespaces (list[str] | Unset):
        scaling_policy_names (list[str] | Unset):
        kinds (list[str] | Unset):
        management_options (list[WorkloadOptimizationApiListClusterHpAsManagementOptionsItem] |
            Unset):
        include_conversion (WorkloadOptimizationApiListClusterHpAsIncludeConversion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1ListClusterHPAsResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            workload_names=workload_names,
            namespaces=namespaces,
            scaling_policy_names=scaling_policy_names,
            kinds=kinds,
            management_options=management_options,
            include_conversion=include_conversion,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.workloadoptimization_v1_cluster_hpa import WorkloadoptimizationV1ClusterHPA  # noqa: E402
from ...models.workloadoptimization_v1_list_cluster_hp_as_response import WorkloadoptimizationV1ListClusterHPAsResponse  # noqa: E402
RESPONSE = WorkloadoptimizationV1ListClusterHPAsResponse
PAGE_ITEM = WorkloadoptimizationV1ClusterHPA
