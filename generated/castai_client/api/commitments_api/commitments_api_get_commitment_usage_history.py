import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_inventory_v1_beta_1_get_commitment_usage_history_response import (
    CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse,
)
from ...models.commitments_api_get_commitment_usage_history_aggregation_interval import (
    CommitmentsApiGetCommitmentUsageHistoryAggregationInterval,
)
from ...models.commitments_api_get_commitment_usage_history_cloud import (
    CommitmentsApiGetCommitmentUsageHistoryCloud,
)
from ...models.commitments_api_get_commitment_usage_history_commitment_type import (
    CommitmentsApiGetCommitmentUsageHistoryCommitmentType,
)
from ...models.commitments_api_get_commitment_usage_history_commitment_types_item import (
    CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    commitment_id: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    aggregation_interval: CommitmentsApiGetCommitmentUsageHistoryAggregationInterval,
    cloud: CommitmentsApiGetCommitmentUsageHistoryCloud | Unset = UNSET,
    commitment_type: CommitmentsApiGetCommitmentUsageHistoryCommitmentType
    | Unset = UNSET,
    commitment_types: list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem]
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    json_aggregation_interval: str = aggregation_interval
    params["aggregationInterval"] = json_aggregation_interval

    json_cloud: str | Unset = UNSET
    if not isinstance(cloud, Unset):
        json_cloud = cloud

    params["cloud"] = json_cloud

    json_commitment_type: str | Unset = UNSET
    if not isinstance(commitment_type, Unset):
        json_commitment_type = commitment_type

    params["commitmentType"] = json_commitment_type

    json_commitment_types: list[str] | Unset = UNSET
    if not isinstance(commitment_types, Unset):
        json_commitment_types = []
        for commitment_types_item_data in commitment_types:
            commitment_types_item: str = commitment_types_item_data
            json_commitment_types.append(commitment_types_item)

    params["commitmentTypes"] = json_commitment_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/savings/v1beta/organizations/{organization_id}/commitments/{commitment_id}:getUsageHistory".format(
            organization_id=quote(str(organization_id), safe=""),
            commitment_id=quote(str(commitment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = (
            CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse.from_dict(
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
) -> Response[CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    aggregation_interval: CommitmentsApiGetCommitmentUsageHistoryAggregationInterval,
    cloud: CommitmentsApiGetCommitmentUsageHistoryCloud | Unset = UNSET,
    commitment_type: CommitmentsApiGetCommitmentUsageHistoryCommitmentType
    | Unset = UNSET,
    commitment_types: list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem]
    | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse]:
    """Get commitment usage history

    Args:
        organization_id (str):
        commitment_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        aggregation_interval (CommitmentsApiGetCommitmentUsageHistoryAggregationInterval):
        cloud (CommitmentsApiGetCommitmentUsageHistoryCloud | Unset):
        commitment_type (CommitmentsApiGetCommitmentUsageHistoryCommitmentType | Unset):
        commitment_types (list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        commitment_id=commitment_id,
        start_time=start_time,
        end_time=end_time,
        aggregation_interval=aggregation_interval,
        cloud=cloud,
        commitment_type=commitment_type,
        commitment_types=commitment_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    aggregation_interval: CommitmentsApiGetCommitmentUsageHistoryAggregationInterval,
    cloud: CommitmentsApiGetCommitmentUsageHistoryCloud | Unset = UNSET,
    commitment_type: CommitmentsApiGetCommitmentUsageHistoryCommitmentType
    | Unset = UNSET,
    commitment_types: list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem]
    | Unset = UNSET,
) -> CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse | None:
    """Get commitment usage history

    Args:
        organization_id (str):
        commitment_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        aggregation_interval (CommitmentsApiGetCommitmentUsageHistoryAggregationInterval):
        cloud (CommitmentsApiGetCommitmentUsageHistoryCloud | Unset):
        commitment_type (CommitmentsApiGetCommitmentUsageHistoryCommitmentType | Unset):
        commitment_types (list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        commitment_id=commitment_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        aggregation_interval=aggregation_interval,
        cloud=cloud,
        commitment_type=commitment_type,
        commitment_types=commitment_types,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    aggregation_interval: CommitmentsApiGetCommitmentUsageHistoryAggregationInterval,
    cloud: CommitmentsApiGetCommitmentUsageHistoryCloud | Unset = UNSET,
    commitment_type: CommitmentsApiGetCommitmentUsageHistoryCommitmentType
    | Unset = UNSET,
    commitment_types: list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem]
    | Unset = UNSET,
) -> Response[CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse]:
    """Get commitment usage history

    Args:
        organization_id (str):
        commitment_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        aggregation_interval (CommitmentsApiGetCommitmentUsageHistoryAggregationInterval):
        cloud (CommitmentsApiGetCommitmentUsageHistoryCloud | Unset):
        commitment_type (CommitmentsApiGetCommitmentUsageHistoryCommitmentType | Unset):
        commitment_types (list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        commitment_id=commitment_id,
        start_time=start_time,
        end_time=end_time,
        aggregation_interval=aggregation_interval,
        cloud=cloud,
        commitment_type=commitment_type,
        commitment_types=commitment_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    commitment_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    aggregation_interval: CommitmentsApiGetCommitmentUsageHistoryAggregationInterval,
    cloud: CommitmentsApiGetCommitmentUsageHistoryCloud | Unset = UNSET,
    commitment_type: CommitmentsApiGetCommitmentUsageHistoryCommitmentType
    | Unset = UNSET,
    commitment_types: list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem]
    | Unset = UNSET,
) -> CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse | None:
    """Get commitment usage history

    Args:
        organization_id (str):
        commitment_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        aggregation_interval (CommitmentsApiGetCommitmentUsageHistoryAggregationInterval):
        cloud (CommitmentsApiGetCommitmentUsageHistoryCloud | Unset):
        commitment_type (CommitmentsApiGetCommitmentUsageHistoryCommitmentType | Unset):
        commitment_types (list[CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            commitment_id=commitment_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            aggregation_interval=aggregation_interval,
            cloud=cloud,
            commitment_type=commitment_type,
            commitment_types=commitment_types,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_inventory_v1_beta_1_get_commitment_usage_history_response import CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse  # noqa: E402
RESPONSE = CastaiInventoryV1Beta1GetCommitmentUsageHistoryResponse
