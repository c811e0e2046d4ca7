import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workloadoptimization_v1_get_workload_custom_metrics_v1_beta_response import (
    WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    workload_id: str,
    *,
    container_name: str,
    step: str | Unset = UNSET,
    from_time: datetime.datetime,
    to_time: datetime.datetime,
    backfill_data_points: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["containerName"] = container_name

    params["step"] = step

    json_from_time = from_time.isoformat()
    params["fromTime"] = json_from_time

    json_to_time = to_time.isoformat()
    params["toTime"] = json_to_time

    params["backfillDataPoints"] = backfill_data_points

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1beta/workload-autoscaling/clusters/{cluster_id}/workloads/{workload_id}/custom-metrics".format(
            cluster_id=quote(str(cluster_id), safe=""),
            workload_id=quote(str(workload_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse | None
):
    if response.status_code == 200:
        response_200 = (
            WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse.from_dict(
                response.json()
            )
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
) -> Response[
    ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
    container_name: str,
    step: str | Unset = UNSET,
    from_time: datetime.datetime,
    to_time: datetime.datetime,
    backfill_data_points: bool | Unset = UNSET,
) -> Response[
    ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse
]:
    """Get workload custom metrics v 1 beta

    Args:
        cluster_id (str):
        workload_id (str):
        container_name (str):
        step (str | Unset):
        from_time (datetime.datetime):
        to_time (datetime.datetime):
        backfill_data_points (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        workload_id=workload_id,
        container_name=container_name,
        step=step,
        from_time=from_time,
        to_time=to_time,
        backfill_data_points=backfill_data_points,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
    container_name: str,
    step: str | Unset = UNSET,
    from_time: datetime.datetime,
    to_time: datetime.datetime,
    backfill_data_points: bool | Unset = UNSET,
) -> (
    ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse | None
):
    """Get workload custom metrics v 1 beta

    Args:
        cluster_id (str):
        workload_id (str):
        container_name (str):
        step (str | Unset):
        from_time (datetime.datetime):
        to_time (datetime.datetime):
        backfill_data_points (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        workload_id=workload_id,
        client=client,
        container_name=container_name,
        step=step,
        from_time=from_time,
        to_time=to_time,
        backfill_data_points=backfill_data_points,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
    container_name: str,
    step: str | Unset = UNSET,
    from_time: datetime.datetime,
    to_time: datetime.datetime,
    backfill_data_points: bool | Unset = UNSET,
) -> Response[
    ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse
]:
    """Get workload custom metrics v 1 beta

    Args:
        cluster_id (str):
        workload_id (str):
        container_name (str):
        step (str | Unset):
        from_time (datetime.datetime):
        to_time (datetime.datetime):
        backfill_data_points (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        workload_id=workload_id,
        container_name=container_name,
        step=step,
        from_time=from_time,
        to_time=to_time,
        backfill_data_points=backfill_data_points,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
    container_name: str,
    step: str | Unset = UNSET,
    from_time: datetime.datetime,
    to_time: datetime.datetime,
    backfill_data_points: bool | Unset = UNSET,
) -> (
    ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse | None
):
    """Get workload custom metrics v 1 beta

    Args:
        cluster_id (str):
        workload_id (str):
        container_name (str):
        step (str | Unset):
        from_time (datetime.datetime):
        to_time (datetime.datetime):
        backfill_data_points (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            workload_id=workload_id,
            client=client,
            container_name=container_name,
            step=step,
            from_time=from_time,
            to_time=to_time,
            backfill_data_points=backfill_data_points,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.workloadoptimization_v1_get_workload_custom_metrics_v1_beta_response import WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse  # noqa: E402
RESPONSE = WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse
