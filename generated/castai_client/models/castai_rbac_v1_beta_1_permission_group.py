from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_rbac_v1_beta_1_product_type import (
    CastaiRbacV1Beta1ProductType,
    check_castai_rbac_v1_beta_1_product_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_permissions import CastaiRbacV1Beta1Permissions


T = TypeVar("T", bound="CastaiRbacV1Beta1PermissionGroup")


@_attrs_define
class CastaiRbacV1Beta1PermissionGroup:
    """
    Attributes:
        category_description (str | Unset):
        category_display_name (str | Unset):
        category_product (CastaiRbacV1Beta1ProductType | Unset):
        description (str | Unset):
        display_name (str | Unset):
        name (str | Unset):
        permissions (list[CastaiRbacV1Beta1Permissions] | Unset):
        resource_description (str | Unset):
        resource_display_name (str | Unset):
    """

    category_description: str | Unset = UNSET
    category_display_name: str | Unset = UNSET
    category_product: CastaiRbacV1Beta1ProductType | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    name: str | Unset = UNSET
    permissions: list[CastaiRbacV1Beta1Permissions] | Unset = UNSET
    resource_description: str | Unset = UNSET
    resource_display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_description = self.category_description

        category_display_name = self.category_display_name

        category_product: str | Unset = UNSET
        if not isinstance(self.category_product, Unset):
            category_product = self.category_product

        description = self.description

        display_name = self.display_name

        name = self.name

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        resource_description = self.resource_description

        resource_display_name = self.resource_display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_description is not UNSET:
            field_dict["categoryDescription"] = category_description
        if category_display_name is not UNSET:
            field_dict["categoryDisplayName"] = category_display_name
        if category_product is not UNSET:
            field_dict["categoryProduct"] = category_product
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if resource_description is not UNSET:
            field_dict["resourceDescription"] = resource_description
        if resource_display_name is not UNSET:
            field_dict["resourceDisplayName"] = resource_display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_permissions import (
            CastaiRbacV1Beta1Permissions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        category_description = d.pop("categoryDescription", UNSET)

        category_display_name = d.pop("categoryDisplayName", UNSET)

        _category_product = d.pop("categoryProduct", UNSET)
        category_product: CastaiRbacV1Beta1ProductType | Unset
        if isinstance(_category_product, Unset):
            category_product = UNSET
        else:
            category_product = check_castai_rbac_v1_beta_1_product_type(
                _category_product
            )

        description = d.pop("description", UNSET)

        display_name = d.pop("displayName", UNSET)

        name = d.pop("name", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[CastaiRbacV1Beta1Permissions] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = CastaiRbacV1Beta1Permissions.from_dict(
                    permissions_item_data
                )

                permissions.append(permissions_item)

        resource_description = d.pop("resourceDescription", UNSET)

        resource_display_name = d.pop("resourceDisplayName", UNSET)

        castai_rbac_v1_beta_1_permission_group = cls(
            category_description=category_description,
            category_display_name=category_display_name,
            category_product=category_product,
            description=description,
            display_name=display_name,
            name=name,
            permissions=permissions,
            resource_description=resource_description,
            resource_display_name=resource_display_name,
        )

        castai_rbac_v1_beta_1_permission_group.additional_properties = d
        return castai_rbac_v1_beta_1_permission_group

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
