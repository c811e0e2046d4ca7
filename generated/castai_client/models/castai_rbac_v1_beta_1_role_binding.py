from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_role_binding_definition import (
        CastaiRbacV1Beta1RoleBindingDefinition,
    )
    from ..models.castai_rbac_v1_beta_1_role_binding_status import (
        CastaiRbacV1Beta1RoleBindingStatus,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1RoleBinding")


@_attrs_define
class CastaiRbacV1Beta1RoleBinding:
    """
    Attributes:
        definition (CastaiRbacV1Beta1RoleBindingDefinition):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        id (str | Unset):
        managed_by (str | Unset):
        name (str | Unset):
        organization_id (str | Unset):
        status (list[CastaiRbacV1Beta1RoleBindingStatus] | Unset):
        updated_at (datetime.datetime | Unset):
    """

    definition: CastaiRbacV1Beta1RoleBindingDefinition
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    managed_by: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    status: list[CastaiRbacV1Beta1RoleBindingStatus] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        managed_by = self.managed_by

        name = self.name

        organization_id = self.organization_id

        status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.to_dict()
                status.append(status_item)

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
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_role_binding_definition import (
            CastaiRbacV1Beta1RoleBindingDefinition,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_role_binding_status import (
            CastaiRbacV1Beta1RoleBindingStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        definition = CastaiRbacV1Beta1RoleBindingDefinition.from_dict(
            d.pop("definition")
        )

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        managed_by = d.pop("managedBy", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        _status = d.pop("status", UNSET)
        status: list[CastaiRbacV1Beta1RoleBindingStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = CastaiRbacV1Beta1RoleBindingStatus.from_dict(
                    status_item_data
                )

                status.append(status_item)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        castai_rbac_v1_beta_1_role_binding = cls(
            definition=definition,
            created_at=created_at,
            description=description,
            id=id,
            managed_by=managed_by,
            name=name,
            organization_id=organization_id,
            status=status,
            updated_at=updated_at,
        )

        castai_rbac_v1_beta_1_role_binding.additional_properties = d
        return castai_rbac_v1_beta_1_role_binding

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
