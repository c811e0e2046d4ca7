from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_rbac_v1_beta_1_scope_type import (
    CastaiRbacV1Beta1ScopeType,
    check_castai_rbac_v1_beta_1_scope_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiUsersV1Beta1InvitationRoleBindingScope")


@_attrs_define
class CastaiUsersV1Beta1InvitationRoleBindingScope:
    """
    Attributes:
        id (str | Unset):
        type_ (CastaiRbacV1Beta1ScopeType | Unset):
    """

    id: str | Unset = UNSET
    type_: CastaiRbacV1Beta1ScopeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CastaiRbacV1Beta1ScopeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_castai_rbac_v1_beta_1_scope_type(_type_)

        castai_users_v1_beta_1_invitation_role_binding_scope = cls(
            id=id,
            type_=type_,
        )

        castai_users_v1_beta_1_invitation_role_binding_scope.additional_properties = d
        return castai_users_v1_beta_1_invitation_role_binding_scope

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
