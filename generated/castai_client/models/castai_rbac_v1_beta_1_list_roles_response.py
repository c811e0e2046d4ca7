from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_pagination_v1_beta_1_page import CastaiPaginationV1Beta1Page
    from ..models.castai_rbac_v1_beta_1_role import CastaiRbacV1Beta1Role


T = TypeVar("T", bound="CastaiRbacV1Beta1ListRolesResponse")


@_attrs_define
class CastaiRbacV1Beta1ListRolesResponse:
    """
    Attributes:
        next_page (CastaiPaginationV1Beta1Page | Unset):
        roles (list[CastaiRbacV1Beta1Role] | Unset):
        total_count (str | Unset):
    """

    next_page: CastaiPaginationV1Beta1Page | Unset = UNSET
    roles: list[CastaiRbacV1Beta1Role] | Unset = UNSET
    total_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_page, Unset):
            next_page = self.next_page.to_dict()

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if roles is not UNSET:
            field_dict["roles"] = roles
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_pagination_v1_beta_1_page import (
            CastaiPaginationV1Beta1Page,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_role import CastaiRbacV1Beta1Role  # noqa: PLC0415

        d = dict(src_dict)
        _next_page = d.pop("nextPage", UNSET)
        next_page: CastaiPaginationV1Beta1Page | Unset
        if isinstance(_next_page, Unset):
            next_page = UNSET
        else:
            next_page = CastaiPaginationV1Beta1Page.from_dict(_next_page)

        _roles = d.pop("roles", UNSET)
        roles: list[CastaiRbacV1Beta1Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = CastaiRbacV1Beta1Role.from_dict(roles_item_data)

                roles.append(roles_item)

        total_count = d.pop("totalCount", UNSET)

        castai_rbac_v1_beta_1_list_roles_response = cls(
            next_page=next_page,
            roles=roles,
            total_count=total_count,
        )

        castai_rbac_v1_beta_1_list_roles_response.additional_properties = d
        return castai_rbac_v1_beta_1_list_roles_response

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
