from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_users_v1_beta_1_organization_type import (
    CastaiUsersV1Beta1OrganizationType,
    check_castai_users_v1_beta_1_organization_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiUsersV1Beta1UserOrganization")


@_attrs_define
class CastaiUsersV1Beta1UserOrganization:
    """
    Attributes:
        name (str):
        block_escalated_privilege (bool | Unset):
        child_order_id (int | None | Unset):
        created_at (datetime.datetime | Unset):
        id (str | Unset):
        internal (bool | Unset):
        organization_member (bool | Unset):
        parent_id (None | str | Unset):
        role (Any | Unset):
        type_ (CastaiUsersV1Beta1OrganizationType | Unset):
    """

    name: str
    block_escalated_privilege: bool | Unset = UNSET
    child_order_id: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    internal: bool | Unset = UNSET
    organization_member: bool | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    role: Any | Unset = UNSET
    type_: CastaiUsersV1Beta1OrganizationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        block_escalated_privilege = self.block_escalated_privilege

        child_order_id: int | None | Unset
        if isinstance(self.child_order_id, Unset):
            child_order_id = UNSET
        else:
            child_order_id = self.child_order_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        internal = self.internal

        organization_member = self.organization_member

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        role = self.role

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if block_escalated_privilege is not UNSET:
            field_dict["blockEscalatedPrivilege"] = block_escalated_privilege
        if child_order_id is not UNSET:
            field_dict["childOrderId"] = child_order_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if internal is not UNSET:
            field_dict["internal"] = internal
        if organization_member is not UNSET:
            field_dict["organizationMember"] = organization_member
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if role is not UNSET:
            field_dict["role"] = role
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        block_escalated_privilege = d.pop("blockEscalatedPrivilege", UNSET)

        def _parse_child_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_order_id = _parse_child_order_id(d.pop("childOrderId", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

        internal = d.pop("internal", UNSET)

        organization_member = d.pop("organizationMember", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        role = d.pop("role", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CastaiUsersV1Beta1OrganizationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_castai_users_v1_beta_1_organization_type(_type_)

        castai_users_v1_beta_1_user_organization = cls(
            name=name,
            block_escalated_privilege=block_escalated_privilege,
            child_order_id=child_order_id,
            created_at=created_at,
            id=id,
            internal=internal,
            organization_member=organization_member,
            parent_id=parent_id,
            role=role,
            type_=type_,
        )

        castai_users_v1_beta_1_user_organization.additional_properties = d
        return castai_users_v1_beta_1_user_organization

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
