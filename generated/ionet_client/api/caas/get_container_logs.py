from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.log_stream import LogStream
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: UUID,
    container_id: str,
    *,
    stream: LogStream | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_stream: str | Unset = UNSET
    if not isinstance(stream, Unset):
        json_stream = stream.value

    params["stream"] = json_stream

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v1/io-cloud/caas/deployment/{deployment_id}/log/{container_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
            container_id=quote(str(container_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

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
) -> Response[ErrorResponse | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: UUID,
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: LogStream | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream container logs

     Streams the log output of one container as server-sent events. The stream stays open and delivers
    new lines as the container writes them.

    Args:
        deployment_id (UUID):  Example: 8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55.
        container_id (str):  Example: caas-5b7a4c3e-0.
        stream (LogStream | Unset):  Example: stdout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        container_id=container_id,
        stream=stream,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: UUID,
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: LogStream | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream container logs

     Streams the log output of one container as server-sent events. The stream stays open and delivers
    new lines as the container writes them.

    Args:
        deployment_id (UUID):  Example: 8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55.
        container_id (str):  Example: caas-5b7a4c3e-0.
        stream (LogStream | Unset):  Example: stdout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | str
    """

    return sync_detailed(
        deployment_id=deployment_id,
        container_id=container_id,
        client=client,
        stream=stream,
    ).parsed


async def asyncio_detailed(
    deployment_id: UUID,
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: LogStream | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream container logs

     Streams the log output of one container as server-sent events. The stream stays open and delivers
    new lines as the container writes them.

    Args:
        deployment_id (UUID):  Example: 8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55.
        container_id (str):  Example: caas-5b7a4c3e-0.
        stream (LogStream | Unset):  Example: stdout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        container_id=container_id,
        stream=stream,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: UUID,
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: LogStream | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream container logs

     Streams the log output of one container as server-sent events. The stream stays open and delivers
    new lines as the container writes them.

    Args:
        deployment_id (UUID):  Example: 8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55.
        container_id (str):  Example: caas-5b7a4c3e-0.
        stream (LogStream | Unset):  Example: stdout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            container_id=container_id,
            client=client,
            stream=stream,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
RESPONSE = str
