from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.castai_rbac_v1_beta_1_list_role_bindings_response import (
    CastaiRbacV1Beta1ListRoleBindingsResponse,
)
from ...models.error_response import ErrorResponse
from ...models.rbac_service_api_list_role_bindings_scope_type_item import (
    RbacServiceApiListRoleBindingsScopeTypeItem,
)
from ...models.rbac_service_api_list_role_bindings_subject_type_item import (
    RbacServiceApiListRoleBindingsSubjectTypeItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    *,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
    group_id: list[str] | Unset = UNSET,
    scope_id: list[str] | Unset = UNSET,
    scope_type: list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset = UNSET,
    subject_type: list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset = UNSET,
    subject_id: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page.limit"] = page_limit

    params["page.cursor"] = page_cursor

    json_role_id: list[str] | Unset = UNSET
    if not isinstance(role_id, Unset):
        json_role_id = role_id

    params["roleId"] = json_role_id

    json_group_id: list[str] | Unset = UNSET
    if not isinstance(group_id, Unset):
        json_group_id = group_id

    params["groupId"] = json_group_id

    json_scope_id: list[str] | Unset = UNSET
    if not isinstance(scope_id, Unset):
        json_scope_id = scope_id

    params["scopeId"] = json_scope_id

    json_scope_type: list[str] | Unset = UNSET
    if not isinstance(scope_type, Unset):
        json_scope_type = []
        for scope_type_item_data in scope_type:
            scope_type_item: str = scope_type_item_data
            json_scope_type.append(scope_type_item)

    params["scopeType"] = json_scope_type

    json_subject_type: list[str] | Unset = UNSET
    if not isinstance(subject_type, Unset):
        json_subject_type = []
        for subject_type_item_data in subject_type:
            subject_type_item: str = subject_type_item_data
            json_subject_type.append(subject_type_item)

    params["subjectType"] = json_subject_type

    json_subject_id: list[str] | Unset = UNSET
    if not isinstance(subject_id, Unset):
        json_subject_id = subject_id

    params["subjectId"] = json_subject_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{organization_id}/role-bindings".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CastaiRbacV1Beta1ListRoleBindingsResponse.from_dict(
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
) -> Response[CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
    group_id: list[str] | Unset = UNSET,
    scope_id: list[str] | Unset = UNSET,
    scope_type: list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset = UNSET,
    subject_type: list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset = UNSET,
    subject_id: list[str] | Unset = UNSET,
) -> Response[CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse]:
    """List role bindings

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        role_id (list[str] | Unset):
        group_id (list[str] | Unset):
        scope_id (list[str] | Unset):
        scope_type (list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset):
        subject_type (list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset):
        subject_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        role_id=role_id,
        group_id=group_id,
        scope_id=scope_id,
        scope_type=scope_type,
        subject_type=subject_type,
        subject_id=subject_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
    group_id: list[str] | Unset = UNSET,
    scope_id: list[str] | Unset = UNSET,
    scope_type: list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset = UNSET,
    subject_type: list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset = UNSET,
    subject_id: list[str] | Unset = UNSET,
) -> CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse | None:
    """List role bindings

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        role_id (list[str] | Unset):
        group_id (list[str] | Unset):
        scope_id (list[str] | Unset):
        scope_type (list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset):
        subject_type (list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset):
        subject_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        page_limit=page_limit,
        page_cursor=page_cursor,
        role_id=role_id,
        group_id=group_id,
        scope_id=scope_id,
        scope_type=scope_type,
        subject_type=subject_type,
        subject_id=subject_id,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
    group_id: list[str] | Unset = UNSET,
    scope_id: list[str] | Unset = UNSET,
    scope_type: list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset = UNSET,
    subject_type: list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset = UNSET,
    subject_id: list[str] | Unset = UNSET,
) -> Response[CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse]:
    """List role bindings

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        role_id (list[str] | Unset):
        group_id (list[str] | Unset):
        scope_id (list[str] | Unset):
        scope_type (list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset):
        subject_type (list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset):
        subject_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page_limit=page_limit,
        page_cursor=page_cursor,
        role_id=role_id,
        group_id=group_id,
        scope_id=scope_id,
        scope_type=scope_type,
        subject_type=subject_type,
        subject_id=subject_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: str | Unset = UNSET,
    page_cursor: str | Unset = UNSET,
    role_id: list[str] | Unset = UNSET,
    group_id: list[str] | Unset = UNSET,
    scope_id: list[str] | Unset = UNSET,
    scope_type: list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset = UNSET,
    subject_type: list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset = UNSET,
    subject_id: list[str] | Unset = UNSET,
) -> CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse | None:
    """List role bindings

    Args:
        organization_id (str):
        page_limit (str | Unset):
        page_cursor (str | Unset):
        role_id (list[str] | Unset):
        group_id (list[str] | Unset):
        scope_id (list[str] | Unset):
        scope_type (list[RbacServiceApiListRoleBindingsScopeTypeItem] | Unset):
        subject_type (list[RbacServiceApiListRoleBindingsSubjectTypeItem] | Unset):
        subject_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CastaiRbacV1Beta1ListRoleBindingsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            page_limit=page_limit,
            page_cursor=page_cursor,
            role_id=role_id,
            group_id=group_id,
            scope_id=scope_id,
            scope_type=scope_type,
            subject_type=subject_type,
            subject_id=subject_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.castai_rbac_v1_beta_1_list_role_bindings_response import CastaiRbacV1Beta1ListRoleBindingsResponse  # noqa: E402
from ...models.castai_rbac_v1_beta_1_role_binding import CastaiRbacV1Beta1RoleBinding  # noqa: E402
RESPONSE = CastaiRbacV1Beta1ListRoleBindingsResponse
PAGE_ITEM = CastaiRbacV1Beta1RoleBinding
