from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiUsersV1Beta1OrganizationMetadata")


@_attrs_define
class CastaiUsersV1Beta1OrganizationMetadata:
    """
    Attributes:
        parent_organization_id (None | str | Unset):
        partner_tenant_id (None | str | Unset):
    """

    parent_organization_id: None | str | Unset = UNSET
    partner_tenant_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_organization_id: None | str | Unset
        if isinstance(self.parent_organization_id, Unset):
            parent_organization_id = UNSET
        else:
            parent_organization_id = self.parent_organization_id

        partner_tenant_id: None | str | Unset
        if isinstance(self.partner_tenant_id, Unset):
            partner_tenant_id = UNSET
        else:
            partner_tenant_id = self.partner_tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_organization_id is not UNSET:
            field_dict["parentOrganizationId"] = parent_organization_id
        if partner_tenant_id is not UNSET:
            field_dict["partnerTenantId"] = partner_tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_parent_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_organization_id = _parse_parent_organization_id(
            d.pop("parentOrganizationId", UNSET)
        )

        def _parse_partner_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_tenant_id = _parse_partner_tenant_id(d.pop("partnerTenantId", UNSET))

        castai_users_v1_beta_1_organization_metadata = cls(
            parent_organization_id=parent_organization_id,
            partner_tenant_id=partner_tenant_id,
        )

        castai_users_v1_beta_1_organization_metadata.additional_properties = d
        return castai_users_v1_beta_1_organization_metadata

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
