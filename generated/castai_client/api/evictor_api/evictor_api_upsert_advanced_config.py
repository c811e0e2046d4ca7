from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_evictor_v1_advanced_config import CastaiEvictorV1AdvancedConfig
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    cluster_id: str,
    *,
    body: CastaiEvictorV1AdvancedConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kubernetes/clusters/{cluster_id}/evictor-advanced-config".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiEvictorV1AdvancedConfig | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiEvictorV1AdvancedConfig.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[CastaiEvictorV1AdvancedConfig | ErrorResponse]:
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
    body: CastaiEvictorV1AdvancedConfig,
) -> Response[CastaiEvictorV1AdvancedConfig | ErrorResponse]:
    """Upsert advanced config

    Args:
        cluster_id (str):
        body (CastaiEvictorV1AdvancedConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiEvictorV1AdvancedConfig | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CastaiEvictorV1AdvancedConfig,
) -> CastaiEvictorV1AdvancedConfig | ErrorResponse | None:
    """Upsert advanced config

    Args:
        cluster_id (str):
        body (CastaiEvictorV1AdvancedConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiEvictorV1AdvancedConfig | ErrorResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CastaiEvictorV1AdvancedConfig,
) -> Response[CastaiEvictorV1AdvancedConfig | ErrorResponse]:
    """Upsert advanced config

    Args:
        cluster_id (str):
        body (CastaiEvictorV1AdvancedConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiEvictorV1AdvancedConfig | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CastaiEvictorV1AdvancedConfig,
) -> CastaiEvictorV1AdvancedConfig | ErrorResponse | None:
    """Upsert advanced config

    Args:
        cluster_id (str):
        body (CastaiEvictorV1AdvancedConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiEvictorV1AdvancedConfig | ErrorResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_evictor_v1_advanced_config import CastaiEvictorV1AdvancedConfig  # noqa: E402
RESPONSE = CastaiEvictorV1AdvancedConfig
