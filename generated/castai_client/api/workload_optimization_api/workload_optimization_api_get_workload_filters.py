from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workload_optimization_api_get_workload_filters_management_options_item import (
    WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem,
)
from ...models.workloadoptimization_v1_get_workload_filters_response import (
    WorkloadoptimizationV1GetWorkloadFiltersResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    management_options: list[
        WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem
    ]
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_management_options: list[str] | Unset = UNSET
    if not isinstance(management_options, Unset):
        json_management_options = []
        for management_options_item_data in management_options:
            management_options_item: str = management_options_item_data
            json_management_options.append(management_options_item)

    params["managementOptions"] = json_management_options

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workload-autoscaling/clusters/{cluster_id}/workloads/filters".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse | None:
    if response.status_code == 200:
        response_200 = WorkloadoptimizationV1GetWorkloadFiltersResponse.from_dict(
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
) -> Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse]:
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
    management_options: list[
        WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem
    ]
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse]:
    """Get workload filters

    Args:
        cluster_id (str):
        management_options (list[WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        management_options=management_options,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    management_options: list[
        WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem
    ]
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse | None:
    """Get workload filters

    Args:
        cluster_id (str):
        management_options (list[WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        management_options=management_options,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    management_options: list[
        WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem
    ]
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse]:
    """Get workload filters

    Args:
        cluster_id (str):
        management_options (list[WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        management_options=management_options,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    management_options: list[
        WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem
    ]
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse | None:
    """Get workload filters

    Args:
        cluster_id (str):
        management_options (list[WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1GetWorkloadFiltersResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            management_options=management_options,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.workloadoptimization_v1_get_workload_filters_response import WorkloadoptimizationV1GetWorkloadFiltersResponse  # noqa: E402
RESPONSE = WorkloadoptimizationV1GetWorkloadFiltersResponse
