from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.scheduledrebalancing_v1_list_rebalancing_jobs_response import (
    ScheduledrebalancingV1ListRebalancingJobsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    rebalancing_schedule_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["rebalancingScheduleId"] = rebalancing_schedule_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/kubernetes/clusters/{cluster_id}/rebalancing-jobs".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse | None:
    if response.status_code == 200:
        response_200 = ScheduledrebalancingV1ListRebalancingJobsResponse.from_dict(
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
) -> Response[ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse]:
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
    rebalancing_schedule_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse]:
    """List rebalancing jobs

    Args:
        cluster_id (str):
        rebalancing_schedule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        rebalancing_schedule_id=rebalancing_schedule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    rebalancing_schedule_id: str | Unset = UNSET,
) -> ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse | None:
    """List rebalancing jobs

    Args:
        cluster_id (str):
        rebalancing_schedule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        rebalancing_schedule_id=rebalancing_schedule_id,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    rebalancing_schedule_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse]:
    """List rebalancing jobs

    Args:
        cluster_id (str):
        rebalancing_schedule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        rebalancing_schedule_id=rebalancing_schedule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    rebalancing_schedule_id: str | Unset = UNSET,
) -> ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse | None:
    """List rebalancing jobs

    Args:
        cluster_id (str):
        rebalancing_schedule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduledrebalancingV1ListRebalancingJobsResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            rebalancing_schedule_id=rebalancing_schedule_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.scheduledrebalancing_v1_list_rebalancing_jobs_response import ScheduledrebalancingV1ListRebalancingJobsResponse  # noqa: E402
from ...models.scheduledrebalancing_v1_rebalancing_job import ScheduledrebalancingV1RebalancingJob  # noqa: E402
RESPONSE = ScheduledrebalancingV1ListRebalancingJobsResponse
PAGE_ITEM = ScheduledrebalancingV1RebalancingJob
