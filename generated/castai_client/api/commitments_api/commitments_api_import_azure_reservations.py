from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_inventory_v1_beta_1_azure_reservation_import import (
    CastaiInventoryV1Beta1AzureReservationImport,
)
from ...models.commitments_api_import_azure_reservations_behaviour import (
    CommitmentsApiImportAzureReservationsBehaviour,
)
from ...models.commitments_api_import_azure_reservations_response_200 import (
    CommitmentsApiImportAzureReservationsResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[CastaiInventoryV1Beta1AzureReservationImport],
    behaviour: CommitmentsApiImportAzureReservationsBehaviour | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_behaviour: str | Unset = UNSET
    if not isinstance(behaviour, Unset):
        json_behaviour = behaviour

    params["behaviour"] = json_behaviour

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/savings/commitments/import/azure/reservation",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CommitmentsApiImportAzureReservationsResponse200.from_dict(
            response.json()
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
) -> Response[CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[CastaiInventoryV1Beta1AzureReservationImport],
    behaviour: CommitmentsApiImportAzureReservationsBehaviour | Unset = UNSET,
) -> Response[CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse]:
    """Import azure reservations

    Args:
        behaviour (CommitmentsApiImportAzureReservationsBehaviour | Unset):
        body (list[CastaiInventoryV1Beta1AzureReservationImport]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        behaviour=behaviour,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[CastaiInventoryV1Beta1AzureReservationImport],
    behaviour: CommitmentsApiImportAzureReservationsBehaviour | Unset = UNSET,
) -> CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse | None:
    """Import azure reservations

    Args:
        behaviour (CommitmentsApiImportAzureReservationsBehaviour | Unset):
        body (list[CastaiInventoryV1Beta1AzureReservationImport]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        behaviour=behaviour,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[CastaiInventoryV1Beta1AzureReservationImport],
    behaviour: CommitmentsApiImportAzureReservationsBehaviour | Unset = UNSET,
) -> Response[CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse]:
    """Import azure reservations

    Args:
        behaviour (CommitmentsApiImportAzureReservationsBehaviour | Unset):
        body (list[CastaiInventoryV1Beta1AzureReservationImport]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        behaviour=behaviour,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[CastaiInventoryV1Beta1AzureReservationImport],
    behaviour: CommitmentsApiImportAzureReservationsBehaviour | Unset = UNSET,
) -> CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse | None:
    """Import azure reservations

    Args:
        behaviour (CommitmentsApiImportAzureReservationsBehaviour | Unset):
        body (list[CastaiInventoryV1Beta1AzureReservationImport]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentsApiImportAzureReservationsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            behaviour=behaviour,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.commitments_api_import_azure_reservations_response_200 import CommitmentsApiImportAzureReservationsResponse200  # noqa: E402
RESPONSE = CommitmentsApiImportAzureReservationsResponse200
