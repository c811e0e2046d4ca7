from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.update_vms import UpdateVms
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateVms,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/vms/v3",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVms,
) -> Response[Any | ErrorBody]:
    """Update VMs

     Renames VMs and/or sets their open ports, several VMs per call. `openPorts` replaces the whole set
    of open ports: leave out 22/tcp and SSH access is closed.

    Args:
        body (UpdateVms):  Example: {'updates': [{'id':
            '0x730eB2c518c881AEB05299DDf38ca546F3513a93', 'openPorts': [{'port': 22, 'protocol':
            'tcp'}, {'port': 9000, 'protocol': 'tcp'}], 'vmName': 'new-vm-name'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVms,
) -> Any | ErrorBody | None:
    """Update VMs

     Renames VMs and/or sets their open ports, several VMs per call. `openPorts` replaces the whole set
    of open ports: leave out 22/tcp and SSH access is closed.

    Args:
        body (UpdateVms):  Example: {'updates': [{'id':
            '0x730eB2c518c881AEB05299DDf38ca546F3513a93', 'openPorts': [{'port': 22, 'protocol':
            'tcp'}, {'port': 9000, 'protocol': 'tcp'}], 'vmName': 'new-vm-name'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVms,
) -> Response[Any | ErrorBody]:
    """Update VMs

     Renames VMs and/or sets their open ports, several VMs per call. `openPorts` replaces the whole set
    of open ports: leave out 22/tcp and SSH access is closed.

    Args:
        body (UpdateVms):  Example: {'updates': [{'id':
            '0x730eB2c518c881AEB05299DDf38ca546F3513a93', 'openPorts': [{'port': 22, 'protocol':
            'tcp'}, {'port': 9000, 'protocol': 'tcp'}], 'vmName': 'new-vm-name'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVms,
) -> Any | ErrorBody | None:
    """Update VMs

     Renames VMs and/or sets their open ports, several VMs per call. `openPorts` replaces the whole set
    of open ports: leave out 22/tcp and SSH access is closed.

    Args:
        body (UpdateVms):  Example: {'updates': [{'id':
            '0x730eB2c518c881AEB05299DDf38ca546F3513a93', 'openPorts': [{'port': 22, 'protocol':
            'tcp'}, {'port': 9000, 'protocol': 'tcp'}], 'vmName': 'new-vm-name'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
RESPONSE = Any
