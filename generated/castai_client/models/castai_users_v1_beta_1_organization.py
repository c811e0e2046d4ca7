from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_users_v1_beta_1_organization_type import (
    CastaiUsersV1Beta1OrganizationType,
    check_castai_users_v1_beta_1_organization_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_users_v1_beta_1_organization_metadata import (
        CastaiUsersV1Beta1OrganizationMetadata,
    )


T = TypeVar("T", bound="CastaiUsersV1Beta1Organization")


@_attrs_define
class CastaiUsersV1Beta1Organization:
    """
    Attributes:
        name (str):
        billing_type (str | Unset):
        created_at (datetime.datetime | Unset):
        id (str | Unset):
        metadata (CastaiUsersV1Beta1OrganizationMetadata | Unset):
        parent_id (None | str | Unset):
        type_ (CastaiUsersV1Beta1OrganizationType | Unset):
    """

    name: str
    billing_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    metadata: CastaiUsersV1Beta1OrganizationMetadata | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    type_: CastaiUsersV1Beta1OrganizationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        billing_type = self.billing_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

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
        if billing_type is not UNSET:
            field_dict["billingType"] = billing_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_users_v1_beta_1_organization_metadata import (
            CastaiUsersV1Beta1OrganizationMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        billing_type = d.pop("billingType", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CastaiUsersV1Beta1OrganizationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CastaiUsersV1Beta1OrganizationMetadata.from_dict(_metadata)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: CastaiUsersV1Beta1OrganizationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_castai_users_v1_beta_1_organization_type(_type_)

        castai_users_v1_beta_1_organization = cls(
            name=name,
            billing_type=billing_type,
            created_at=created_at,
            id=id,
            metadata=metadata,
            parent_id=parent_id,
            type_=type_,
        )

        castai_users_v1_beta_1_organization.additional_properties = d
        return castai_users_v1_beta_1_organization

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
