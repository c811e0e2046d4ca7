from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rebalancing_schedule import RebalancingSchedule
from ...models.rebalancing_schedule_update import RebalancingScheduleUpdate
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: RebalancingScheduleUpdate,
    id: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_id = str(id)
    params["id"] = json_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/rebalancing-schedules",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RebalancingSchedule | None:
    if response.status_code == 200:
        response_200 = RebalancingSchedule.from_dict(response.json())

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
) -> Response[ErrorResponse | RebalancingSchedule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RebalancingScheduleUpdate,
    id: UUID,
) -> Response[ErrorResponse | RebalancingSchedule]:
    """Update a rebalancing schedule

     Updates the schedule whose ID is given in the id query parameter.

    Args:
        id (UUID):
        body (RebalancingScheduleUpdate): Changes to a rebalancing schedule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RebalancingSchedule]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RebalancingScheduleUpdate,
    id: UUID,
) -> ErrorResponse | RebalancingSchedule | None:
    """Update a rebalancing schedule

     Updates the schedule whose ID is given in the id query parameter.

    Args:
        id (UUID):
        body (RebalancingScheduleUpdate): Changes to a rebalancing schedule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RebalancingSchedule
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RebalancingScheduleUpdate,
    id: UUID,
) -> Response[ErrorResponse | RebalancingSchedule]:
    """Update a rebalancing schedule

     Updates the schedule whose ID is given in the id query parameter.

    Args:
        id (UUID):
        body (RebalancingScheduleUpdate): Changes to a rebalancing schedule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RebalancingSchedule]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RebalancingScheduleUpdate,
    id: UUID,
) -> ErrorResponse | RebalancingSchedule | None:
    """Update a rebalancing schedule

     Updates the schedule whose ID is given in the id query parameter.

    Args:
        id (UUID):
        body (RebalancingScheduleUpdate): Changes to a rebalancing schedule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RebalancingSchedule
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.rebalancing_schedule import RebalancingSchedule  # noqa: E402
RESPONSE = RebalancingSchedule
