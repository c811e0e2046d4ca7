from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_pagination_v1_beta_1_page import CastaiPaginationV1Beta1Page
    from ..models.castai_rbac_v1_beta_1_role_binding import CastaiRbacV1Beta1RoleBinding


T = TypeVar("T", bound="CastaiRbacV1Beta1ListRoleBindingsResponse")


@_attrs_define
class CastaiRbacV1Beta1ListRoleBindingsResponse:
    """
    Attributes:
        next_page (CastaiPaginationV1Beta1Page):
        role_bindings (list[CastaiRbacV1Beta1RoleBinding] | Unset):
        total_count (str | Unset):
    """

    next_page: CastaiPaginationV1Beta1Page
    role_bindings: list[CastaiRbacV1Beta1RoleBinding] | Unset = UNSET
    total_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page = self.next_page.to_dict()

        role_bindings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.role_bindings, Unset):
            role_bindings = []
            for role_bindings_item_data in self.role_bindings:
                role_bindings_item = role_bindings_item_data.to_dict()
                role_bindings.append(role_bindings_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nextPage": next_page,
            }
        )
        if role_bindings is not UNSET:
            field_dict["roleBindings"] = role_bindings
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_pagination_v1_beta_1_page import (
            CastaiPaginationV1Beta1Page,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_role_binding import (
            CastaiRbacV1Beta1RoleBinding,  # noqa: PLC0415
        )

        d = dict(src_dict)
        next_page = CastaiPaginationV1Beta1Page.from_dict(d.pop("nextPage"))

        _role_bindings = d.pop("roleBindings", UNSET)
        role_bindings: list[CastaiRbacV1Beta1RoleBinding] | Unset = UNSET
        if _role_bindings is not UNSET:
            role_bindings = []
            for role_bindings_item_data in _role_bindings:
                role_bindings_item = CastaiRbacV1Beta1RoleBinding.from_dict(
                    role_bindings_item_data
                )

                role_bindings.append(role_bindings_item)

        total_count = d.pop("totalCount", UNSET)

        castai_rbac_v1_beta_1_list_role_bindings_response = cls(
            next_page=next_page,
            role_bindings=role_bindings,
            total_count=total_count,
        )

        castai_rbac_v1_beta_1_list_role_bindings_response.additional_properties = d
        return castai_rbac_v1_beta_1_list_role_bindings_response

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
