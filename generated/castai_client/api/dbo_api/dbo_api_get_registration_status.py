from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbo_v1_registration_status_update import DboV1RegistrationStatusUpdate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    registration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dbo/registrations/{registration_id}/status".format(
            registration_id=quote(str(registration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DboV1RegistrationStatusUpdate | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DboV1RegistrationStatusUpdate.from_dict(response.json())

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
) -> Response[DboV1RegistrationStatusUpdate | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DboV1RegistrationStatusUpdate | ErrorResponse]:
    """Get registration status

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1RegistrationStatusUpdate | ErrorResponse]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DboV1RegistrationStatusUpdate | ErrorResponse | None:
    """Get registration status

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1RegistrationStatusUpdate | ErrorResponse
    """

    return sync_detailed(
        registration_id=registration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DboV1RegistrationStatusUpdate | ErrorResponse]:
    """Get registration status

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DboV1RegistrationStatusUpdate | ErrorResponse]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DboV1RegistrationStatusUpdate | ErrorResponse | None:
    """Get registration status

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DboV1RegistrationStatusUpdate | ErrorResponse
    """

    return (
        await asyncio_detailed(
            registration_id=registration_id,
            client=client,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.dbo_v1_registration_status_update import DboV1RegistrationStatusUpdate  # noqa: E402
RESPONSE = DboV1RegistrationStatusUpdate
