from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.keyset import Keyset
from ...models.keyset_update import KeysetUpdate
from ...types import Response


def _get_kwargs(
    org_id: int,
    keyset_id: int,
    *,
    body: KeysetUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/orgs/{org_id}/keysets/{keyset_id}".format(
            org_id=quote(str(org_id), safe=""),
            keyset_id=quote(str(keyset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Keyset | None:
    if response.status_code == 200:
        response_200 = Keyset.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Keyset]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    keyset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: KeysetUpdate,
) -> Response[Error | Keyset]:
    """Update a keyset

     Changes a keyset's name, workspace restriction, default flag or keys. VCS keysets cannot be changed
    through the API (405).

    Args:
        org_id (int):  Example: 381.
        keyset_id (int):  Example: 4.
        body (KeysetUpdate): Keyset fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Keyset]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        keyset_id=keyset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    keyset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: KeysetUpdate,
) -> Error | Keyset | None:
    """Update a keyset

     Changes a keyset's name, workspace restriction, default flag or keys. VCS keysets cannot be changed
    through the API (405).

    Args:
        org_id (int):  Example: 381.
        keyset_id (int):  Example: 4.
        body (KeysetUpdate): Keyset fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Keyset
    """

    return sync_detailed(
        org_id=org_id,
        keyset_id=keyset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    keyset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: KeysetUpdate,
) -> Response[Error | Keyset]:
    """Update a keyset

     Changes a keyset's name, workspace restriction, default flag or keys. VCS keysets cannot be changed
    through the API (405).

    Args:
        org_id (int):  Example: 381.
        keyset_id (int):  Example: 4.
        body (KeysetUpdate): Keyset fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Keyset]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        keyset_id=keyset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    keyset_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: KeysetUpdate,
) -> Error | Keyset | None:
    """Update a keyset

     Changes a keyset's name, workspace restriction, default flag or keys. VCS keysets cannot be changed
    through the API (405).

    Args:
        org_id (int):  Example: 381.
        keyset_id (int):  Example: 4.
        body (KeysetUpdate): Keyset fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Keyset
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            keyset_id=keyset_id,
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.keyset import Keyset  # noqa: E402
RESPONSE = Keyset
