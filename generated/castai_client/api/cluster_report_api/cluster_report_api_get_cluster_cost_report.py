import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_cluster_cost_report_response import GetClusterCostReportResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: UUID,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int | Unset = UNSET,
    use_listing_prices: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["stepSeconds"] = step_seconds

    params["useListingPrices"] = use_listing_prices

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cost-reports/clusters/{cluster_id}/cost".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetClusterCostReportResponse | None:
    if response.status_code == 200:
        response_200 = GetClusterCostReportResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetClusterCostReportResponse]:
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
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int | Unset = UNSET,
    use_listing_prices: bool | Unset = False,
) -> Response[ErrorResponse | GetClusterCostReportResponse]:
    """Get cluster cost report

     Returns the cluster's compute cost over a time window as a series of buckets split by on-demand,
    spot and spot-fallback capacity, plus a summary. Amounts are USD per hour as decimal strings.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        start_time (datetime.datetime):  Example: 2026-07-01T00:00:00Z.
        end_time (datetime.datetime):  Example: 2026-08-01T00:00:00Z.
        step_seconds (int | Unset):  Example: 86400.
        use_listing_prices (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClusterCostReportResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
        use_listing_prices=use_listing_prices,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int | Unset = UNSET,
    use_listing_prices: bool | Unset = False,
) -> ErrorResponse | GetClusterCostReportResponse | None:
    """Get cluster cost report

     Returns the cluster's compute cost over a time window as a series of buckets split by on-demand,
    spot and spot-fallback capacity, plus a summary. Amounts are USD per hour as decimal strings.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        start_time (datetime.datetime):  Example: 2026-07-01T00:00:00Z.
        end_time (datetime.datetime):  Example: 2026-08-01T00:00:00Z.
        step_seconds (int | Unset):  Example: 86400.
        use_listing_prices (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClusterCostReportResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
        use_listing_prices=use_listing_prices,
    ).parsed


async def asyncio_detailed(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int | Unset = UNSET,
    use_listing_prices: bool | Unset = False,
) -> Response[ErrorResponse | GetClusterCostReportResponse]:
    """Get cluster cost report

     Returns the cluster's compute cost over a time window as a series of buckets split by on-demand,
    spot and spot-fallback capacity, plus a summary. Amounts are USD per hour as decimal strings.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        start_time (datetime.datetime):  Example: 2026-07-01T00:00:00Z.
        end_time (datetime.datetime):  Example: 2026-08-01T00:00:00Z.
        step_seconds (int | Unset):  Example: 86400.
        use_listing_prices (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClusterCostReportResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
        use_listing_prices=use_listing_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int | Unset = UNSET,
    use_listing_prices: bool | Unset = False,
) -> ErrorResponse | GetClusterCostReportResponse | None:
    """Get cluster cost report

     Returns the cluster's compute cost over a time window as a series of buckets split by on-demand,
    spot and spot-fallback capacity, plus a summary. Amounts are USD per hour as decimal strings.

    Args:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        start_time (datetime.datetime):  Example: 2026-07-01T00:00:00Z.
        end_time (datetime.datetime):  Example: 2026-08-01T00:00:00Z.
        step_seconds (int | Unset):  Example: 86400.
        use_listing_prices (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClusterCostReportResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            step_seconds=step_seconds,
            use_listing_prices=use_listing_prices,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.get_cluster_cost_report_response import GetClusterCostReportResponse  # noqa: E402
RESPONSE = GetClusterCostReportResponse
