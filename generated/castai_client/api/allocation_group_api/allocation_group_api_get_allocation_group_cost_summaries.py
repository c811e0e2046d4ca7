import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.costreport_v1_beta_1_get_allocation_group_cost_summaries_response import (
    CostreportV1Beta1GetAllocationGroupCostSummariesResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    cluster_ids: list[str] | Unset = UNSET,
    group_id: str | Unset = UNSET,
    use_listing_prices: bool | Unset = UNSET,
    include_idle_resource_costs: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    json_cluster_ids: list[str] | Unset = UNSET
    if not isinstance(cluster_ids, Unset):
        json_cluster_ids = cluster_ids

    params["clusterIds"] = json_cluster_ids

    params["groupId"] = group_id

    params["useListingPrices"] = use_listing_prices

    params["includeIdleResourceCosts"] = include_idle_resource_costs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cost-reports/allocation-group-summaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = (
            CostreportV1Beta1GetAllocationGroupCostSummariesResponse.from_dict(
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
) -> Response[CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    cluster_ids: list[str] | Unset = UNSET,
    group_id: str | Unset = UNSET,
    use_listing_prices: bool | Unset = UNSET,
    include_idle_resource_costs: bool | Unset = UNSET,
) -> Response[CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse]:
    """Get allocation group cost summaries

    Args:
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        cluster_ids (list[str] | Unset):
        group_id (str | Unset):
        use_listing_prices (bool | Unset):
        include_idle_resource_costs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        cluster_ids=cluster_ids,
        group_id=group_id,
        use_listing_prices=use_listing_prices,
        include_idle_resource_costs=include_idle_resource_costs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    cluster_ids: list[str] | Unset = UNSET,
    group_id: str | Unset = UNSET,
    use_listing_prices: bool | Unset = UNSET,
    include_idle_resource_costs: bool | Unset = UNSET,
) -> CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse | None:
    """Get allocation group cost summaries

    Args:
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        cluster_ids (list[str] | Unset):
        group_id (str | Unset):
        use_listing_prices (bool | Unset):
        include_idle_resource_costs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        cluster_ids=cluster_ids,
        group_id=group_id,
        use_listing_prices=use_listing_prices,
        include_idle_resource_costs=include_idle_resource_costs,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    cluster_ids: list[str] | Unset = UNSET,
    group_id: str | Unset = UNSET,
    use_listing_prices: bool | Unset = UNSET,
    include_idle_resource_costs: bool | Unset = UNSET,
) -> Response[CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse]:
    """Get allocation group cost summaries

    Args:
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        cluster_ids (list[str] | Unset):
        group_id (str | Unset):
        use_listing_prices (bool | Unset):
        include_idle_resource_costs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        cluster_ids=cluster_ids,
        group_id=group_id,
        use_listing_prices=use_listing_prices,
        include_idle_resource_costs=include_idle_resource_costs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    cluster_ids: list[str] | Unset = UNSET,
    group_id: str | Unset = UNSET,
    use_listing_prices: bool | Unset = UNSET,
    include_idle_resource_costs: bool | Unset = UNSET,
) -> CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse | None:
    """Get allocation group cost summaries

    Args:
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        cluster_ids (list[str] | Unset):
        group_id (str | Unset):
        use_listing_prices (bool | Unset):
        include_idle_resource_costs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostreportV1Beta1GetAllocationGroupCostSummariesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            cluster_ids=cluster_ids,
            group_id=group_id,
            use_listing_prices=use_listing_prices,
            include_idle_resource_costs=include_idle_resource_costs,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.costreport_v1_beta_1_get_allocation_group_cost_summaries_response import CostreportV1Beta1GetAllocationGroupCostSummariesResponse  # noqa: E402
RESPONSE = CostreportV1Beta1GetAllocationGroupCostSummariesResponse
