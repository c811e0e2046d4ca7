from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.runtime_v1_get_container_image_sbom_response import (
    RuntimeV1GetContainerImageSbomResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    image_digest: str,
    *,
    sbom_format: str | Unset = UNSET,
    only_runtime_packages: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sbomFormat"] = sbom_format

    params["onlyRuntimePackages"] = only_runtime_packages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/security/runtime/sbom/{image_digest}".format(
            image_digest=quote(str(image_digest), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RuntimeV1GetContainerImageSbomResponse | None:
    if response.status_code == 200:
        response_200 = RuntimeV1GetContainerImageSbomResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RuntimeV1GetContainerImageSbomResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    image_digest: str,
    *,
    client: AuthenticatedClient | Client,
    sbom_format: str | Unset = UNSET,
    only_runtime_packages: bool | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetContainerImageSbomResponse]:
    """Get container image sbom

    Args:
        image_digest (str):
        sbom_format (str | Unset):
        only_runtime_packages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetContainerImageSbomResponse]
    """

    kwargs = _get_kwargs(
        image_digest=image_digest,
        sbom_format=sbom_format,
        only_runtime_packages=only_runtime_packages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    image_digest: str,
    *,
    client: AuthenticatedClient | Client,
    sbom_format: str | Unset = UNSET,
    only_runtime_packages: bool | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetContainerImageSbomResponse | None:
    """Get container image sbom

    Args:
        image_digest (str):
        sbom_format (str | Unset):
        only_runtime_packages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetContainerImageSbomResponse
    """

    return sync_detailed(
        image_digest=image_digest,
        client=client,
        sbom_format=sbom_format,
        only_runtime_packages=only_runtime_packages,
    ).parsed


async def asyncio_detailed(
    image_digest: str,
    *,
    client: AuthenticatedClient | Client,
    sbom_format: str | Unset = UNSET,
    only_runtime_packages: bool | Unset = UNSET,
) -> Response[ErrorResponse | RuntimeV1GetContainerImageSbomResponse]:
    """Get container image sbom

    Args:
        image_digest (str):
        sbom_format (str | Unset):
        only_runtime_packages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuntimeV1GetContainerImageSbomResponse]
    """

    kwargs = _get_kwargs(
        image_digest=image_digest,
        sbom_format=sbom_format,
        only_runtime_packages=only_runtime_packages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    image_digest: str,
    *,
    client: AuthenticatedClient | Client,
    sbom_format: str | Unset = UNSET,
    only_runtime_packages: bool | Unset = UNSET,
) -> ErrorResponse | RuntimeV1GetContainerImageSbomResponse | None:
    """Get container image sbom

    Args:
        image_digest (str):
        sbom_format (str | Unset):
        only_runtime_packages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuntimeV1GetContainerImageSbomResponse
    """

    return (
        await asyncio_detailed(
            image_digest=image_digest,
            client=client,
            sbom_format=sbom_format,
            only_runtime_packages=only_runtime_packages,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.runtime_v1_get_container_image_sbom_response import RuntimeV1GetContainerImageSbomResponse  # noqa: E402
RESPONSE = RuntimeV1GetContainerImageSbomResponse
