from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_pagination_v1_beta_1_page import CastaiPaginationV1Beta1Page
    from ..models.castai_rbac_v1_beta_1_permission_group import (
        CastaiRbacV1Beta1PermissionGroup,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1ListPermissionGroupsResponse")


@_attrs_define
class CastaiRbacV1Beta1ListPermissionGroupsResponse:
    """
    Attributes:
        next_page (CastaiPaginationV1Beta1Page | Unset):
        permission_groups (list[CastaiRbacV1Beta1PermissionGroup] | Unset):
    """

    next_page: CastaiPaginationV1Beta1Page | Unset = UNSET
    permission_groups: list[CastaiRbacV1Beta1PermissionGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_page, Unset):
            next_page = self.next_page.to_dict()

        permission_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permission_groups, Unset):
            permission_groups = []
            for permission_groups_item_data in self.permission_groups:
                permission_groups_item = permission_groups_item_data.to_dict()
                permission_groups.append(permission_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if permission_groups is not UNSET:
            field_dict["permissionGroups"] = permission_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_pagination_v1_beta_1_page import (
            CastaiPaginationV1Beta1Page,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_permission_group import (
            CastaiRbacV1Beta1PermissionGroup,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _next_page = d.pop("nextPage", UNSET)
        next_page: CastaiPaginationV1Beta1Page | Unset
        if isinstance(_next_page, Unset):
            next_page = UNSET
        else:
            next_page = CastaiPaginationV1Beta1Page.from_dict(_next_page)

        _permission_groups = d.pop("permissionGroups", UNSET)
        permission_groups: list[CastaiRbacV1Beta1PermissionGroup] | Unset = UNSET
        if _permission_groups is not UNSET:
            permission_groups = []
            for permission_groups_item_data in _permission_groups:
                permission_groups_item = CastaiRbacV1Beta1PermissionGroup.from_dict(
                    permission_groups_item_data
                )

                permission_groups.append(permission_groups_item)

        castai_rbac_v1_beta_1_list_permission_groups_response = cls(
            next_page=next_page,
            permission_groups=permission_groups,
        )

        castai_rbac_v1_beta_1_list_permission_groups_response.additional_properties = d
        return castai_rbac_v1_beta_1_list_permission_groups_response

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
