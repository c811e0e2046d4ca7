from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_role_definition import (
        CastaiRbacV1Beta1RoleDefinition,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1Role")


@_attrs_define
class CastaiRbacV1Beta1Role:
    """
    Attributes:
        definition (CastaiRbacV1Beta1RoleDefinition):
        created_at (datetime.datetime | Unset):
        default (bool | Unset):
        deprecated (bool | Unset):
        description (str | Unset):
        id (str | Unset):
        level (int | Unset):
        name (str | Unset):
        organization_id (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    definition: CastaiRbacV1Beta1RoleDefinition
    created_at: datetime.datetime | Unset = UNSET
    default: bool | Unset = UNSET
    deprecated: bool | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    level: int | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        default = self.default

        deprecated = self.deprecated

        description = self.description

        id = self.id

        level = self.level

        name = self.name

        organization_id = self.organization_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if default is not UNSET:
            field_dict["default"] = default
        if deprecated is not UNSET:
            field_dict["deprecated"] = deprecated
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if level is not UNSET:
            field_dict["level"] = level
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_role_definition import (
            CastaiRbacV1Beta1RoleDefinition,  # noqa: PLC0415
        )

        d = dict(src_dict)
        definition = CastaiRbacV1Beta1RoleDefinition.from_dict(d.pop("definition"))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        default = d.pop("default", UNSET)

        deprecated = d.pop("deprecated", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        level = d.pop("level", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        castai_rbac_v1_beta_1_role = cls(
            definition=definition,
            created_at=created_at,
            default=default,
            deprecated=deprecated,
            description=description,
            id=id,
            level=level,
            name=name,
            organization_id=organization_id,
            updated_at=updated_at,
        )

        castai_rbac_v1_beta_1_role.additional_properties = d
        return castai_rbac_v1_beta_1_role

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
