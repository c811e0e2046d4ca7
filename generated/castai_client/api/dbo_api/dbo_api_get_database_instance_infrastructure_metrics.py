import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_v1_instance_metrics import DboV1InstanceMetrics
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    instance_id: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params["stepSeconds"] = step_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dbo/db-instances/{instance_id}/infrastructure-metrics".format(
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[DboV1InstanceMetrics] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DboV1InstanceMetrics.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[DboV1InstanceMetrics]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
) -> Response[ErrorResponse | list[DboV1InstanceMetrics]]:
    """Get database instance infrastructure metrics

    Args:
        instance_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DboV1InstanceMetrics]]
    """

    kwargs = _get_kwargs(
        instance_id=instance_id,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
) -> ErrorResponse | list[DboV1InstanceMetrics] | None:
    """Get database instance infrastructure metrics

    Args:
        instance_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DboV1InstanceMetrics]
    """

    return sync_detailed(
        instance_id=instance_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
    ).parsed


async def asyncio_detailed(
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
) -> Response[ErrorResponse | list[DboV1InstanceMetrics]]:
    """Get database instance infrastructure metrics

    Args:
        instance_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[DboV1InstanceMetrics]]
    """

    kwargs = _get_kwargs(
        instance_id=instance_id,
        start_time=start_time,
        end_time=end_time,
        step_seconds=step_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    step_seconds: int,
) -> ErrorResponse | list[DboV1InstanceMetrics] | None:
    """Get database instance infrastructure metrics

    Args:
        instance_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
        step_seconds (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[DboV1InstanceMetrics]
    """

    return (
        await asyncio_detailed(
            instance_id=instance_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            step_seconds=step_seconds,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_instance_metrics import DboV1InstanceMetrics  # noqa: E402
PAGE_ITEM = DboV1InstanceMetrics
