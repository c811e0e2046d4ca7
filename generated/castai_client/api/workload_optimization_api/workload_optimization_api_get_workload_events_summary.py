import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workload_optimization_api_get_workload_events_summary_type_item import (
    WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem,
)
from ...models.workloadoptimization_v1_get_workload_events_summary_response import (
    WorkloadoptimizationV1GetWorkloadEventsSummaryResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    workload_id: str | Unset = UNSET,
    workload_name: str | Unset = UNSET,
    workload_namespace: str | Unset = UNSET,
    workload_kind: str | Unset = UNSET,
    type_: list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem]
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    params["workloadId"] = workload_id

    params["workloadName"] = workload_name

    params["workloadNamespace"] = workload_namespace

    params["workloadKind"] = workload_kind

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item: str = type_item_data
            json_type_.append(type_item)

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workload-autoscaling/clusters/{cluster_id}/workload-events-summary".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse | None:
    if response.status_code == 200:
        response_200 = WorkloadoptimizationV1GetWorkloadEventsSummaryResponse.from_dict(
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
) -> Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse]:
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
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    workload_id: str | Unset = UNSET,
    workload_name: str | Unset = UNSET,
    workload_namespace: str | Unset = UNSET,
    workload_kind: str | Unset = UNSET,
    type_: list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse]:
    """Get workload events summary

    Args:
        cluster_id (str):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        workload_id (str | Unset):
        workload_name (str | Unset):
        workload_namespace (str | Unset):
        workload_kind (str | Unset):
        type_ (list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        from_date=from_date,
        to_date=to_date,
        workload_id=workload_id,
        workload_name=workload_name,
        workload_namespace=workload_namespace,
        workload_kind=workload_kind,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    workload_id: str | Unset = UNSET,
    workload_name: str | Unset = UNSET,
    workload_namespace: str | Unset = UNSET,
    workload_kind: str | Unset = UNSET,
    type_: list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem]
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse | None:
    """Get workload events summary

    Args:
        cluster_id (str):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        workload_id (str | Unset):
        workload_name (str | Unset):
        workload_namespace (str | Unset):
        workload_kind (str | Unset):
        type_ (list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        from_date=from_date,
        to_date=to_date,
        workload_id=workload_id,
        workload_name=workload_name,
        workload_namespace=workload_namespace,
        workload_kind=workload_kind,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    workload_id: str | Unset = UNSET,
    workload_name: str | Unset = UNSET,
    workload_namespace: str | Unset = UNSET,
    workload_kind: str | Unset = UNSET,
    type_: list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse]:
    """Get workload events summary

    Args:
        cluster_id (str):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        workload_id (str | Unset):
        workload_name (str | Unset):
        workload_namespace (str | Unset):
        workload_kind (str | Unset):
        type_ (list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        from_date=from_date,
        to_date=to_date,
        workload_id=workload_id,
        workload_name=workload_name,
        workload_namespace=workload_namespace,
        workload_kind=workload_kind,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    workload_id: str | Unset = UNSET,
    workload_name: str | Unset = UNSET,
    workload_namespace: str | Unset = UNSET,
    workload_kind: str | Unset = UNSET,
    type_: list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem]
    | Unset = UNSET,
) -> ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse | None:
    """Get workload events summary

    Args:
        cluster_id (str):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        workload_id (str | Unset):
        workload_name (str | Unset):
        workload_namespace (str | Unset):
        workload_kind (str | Unset):
        type_ (list[WorkloadOptimizationApiGetWorkloadEventsSummaryTypeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1GetWorkloadEventsSummaryResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            from_date=from_date,
            to_date=to_date,
            workload_id=workload_id,
            workload_name=workload_name,
            workload_namespace=workload_namespace,
            workload_kind=workload_kind,
            type_=type_,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.workloadoptimization_v1_get_workload_events_summary_response import WorkloadoptimizationV1GetWorkloadEventsSummaryResponse  # noqa: E402
RESPONSE = WorkloadoptimizationV1GetWorkloadEventsSummaryResponse
