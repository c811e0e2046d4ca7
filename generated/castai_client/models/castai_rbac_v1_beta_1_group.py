from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_group_definition import (
        CastaiRbacV1Beta1GroupDefinition,
    )
    from ..models.castai_rbac_v1_beta_1_label_selector import (
        CastaiRbacV1Beta1LabelSelector,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1Group")


@_attrs_define
class CastaiRbacV1Beta1Group:
    """
    Attributes:
        definition (CastaiRbacV1Beta1GroupDefinition):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        id (str | Unset):
        label_selector (CastaiRbacV1Beta1LabelSelector | Unset):
        managed_by (str | Unset):
        name (str | Unset):
        organization_id (str | Unset):
        sso_provider (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    definition: CastaiRbacV1Beta1GroupDefinition
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    label_selector: CastaiRbacV1Beta1LabelSelector | Unset = UNSET
    managed_by: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    sso_provider: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        label_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_selector, Unset):
            label_selector = self.label_selector.to_dict()

        managed_by = self.managed_by

        name = self.name

        organization_id = self.organization_id

        sso_provider = self.sso_provider

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
        if label_selector is not UNSET:
            field_dict["labelSelector"] = label_selector
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if sso_provider is not UNSET:
            field_dict["ssoProvider"] = sso_provider
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_group_definition import (
            CastaiRbacV1Beta1GroupDefinition,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_label_selector import (
            CastaiRbacV1Beta1LabelSelector,  # noqa: PLC0415
        )

        d = dict(src_dict)
        definition = CastaiRbacV1Beta1GroupDefinition.from_dict(d.pop("definition"))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        _label_selector = d.pop("labelSelector", UNSET)
        label_selector: CastaiRbacV1Beta1LabelSelector | Unset
        if isinstance(_label_selector, Unset):
            label_selector = UNSET
        else:
            label_selector = CastaiRbacV1Beta1LabelSelector.from_dict(_label_selector)

        managed_by = d.pop("managedBy", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        sso_provider = d.pop("ssoProvider", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        castai_rbac_v1_beta_1_group = cls(
            definition=definition,
            created_at=created_at,
            description=description,
            id=id,
            label_selector=label_selector,
            managed_by=managed_by,
            name=name,
            organization_id=organization_id,
            sso_provider=sso_provider,
            updated_at=updated_at,
        )

        castai_rbac_v1_beta_1_group.additional_properties = d
        return castai_rbac_v1_beta_1_group

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
