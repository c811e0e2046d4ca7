from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_type import OrganizationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserOrganization")


@_attrs_define
class UserOrganization:
    """An organization as seen by one of its members.

    Attributes:
        name (str):  Example: Acme Platform.
        block_escalated_privilege (bool | Unset):  Example: False.
        child_order_id (int | None | Unset):
        created_at (datetime.datetime | Unset):  Example: 2026-01-15T10:00:00Z.
        id (UUID | Unset):  Example: 0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587.
        internal (bool | Unset):  Example: False.
        organization_member (bool | Unset):  Example: True.
        parent_id (None | Unset | UUID):
        role (str | Unset): The caller's role in the organization. Example: owner.
        type_ (OrganizationType | Unset): Kind of organization. Example: ORGANIZATION_TYPE_DEFAULT.
    """

    name: str
    block_escalated_privilege: bool | Unset = UNSET
    child_order_id: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    internal: bool | Unset = UNSET
    organization_member: bool | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    role: str | Unset = UNSET
    type_: OrganizationType | Unset = UNSET
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

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        internal = self.internal

        organization_member = self.organization_member

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        role = self.role

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        internal = d.pop("internal", UNSET)

        organization_member = d.pop("organizationMember", UNSET)

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        role = d.pop("role", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OrganizationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrganizationType(_type_)

        user_organization = cls(
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

        user_organization.additional_properties = d
        return user_organization

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
