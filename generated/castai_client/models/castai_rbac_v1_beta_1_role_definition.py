from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_permissions import CastaiRbacV1Beta1Permissions


T = TypeVar("T", bound="CastaiRbacV1Beta1RoleDefinition")


@_attrs_define
class CastaiRbacV1Beta1RoleDefinition:
    """
    Attributes:
        permissions (list[CastaiRbacV1Beta1Permissions] | Unset):
    """

    permissions: list[CastaiRbacV1Beta1Permissions] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_permissions import (
            CastaiRbacV1Beta1Permissions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions: list[CastaiRbacV1Beta1Permissions] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = CastaiRbacV1Beta1Permissions.from_dict(
                    permissions_item_data
                )

                permissions.append(permissions_item)

        castai_rbac_v1_beta_1_role_definition = cls(
            permissions=permissions,
        )

        castai_rbac_v1_beta_1_role_definition.additional_properties = d
        return castai_rbac_v1_beta_1_role_definition

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
