from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_users_v1_beta_1_invitation_role_binding_scope import (
        CastaiUsersV1Beta1InvitationRoleBindingScope,
    )


T = TypeVar("T", bound="CastaiUsersV1Beta1InvitationRoleBinding")


@_attrs_define
class CastaiUsersV1Beta1InvitationRoleBinding:
    """
    Attributes:
        role_id (str | Unset):
        scopes (list[CastaiUsersV1Beta1InvitationRoleBindingScope] | Unset):
    """

    role_id: str | Unset = UNSET
    scopes: list[CastaiUsersV1Beta1InvitationRoleBindingScope] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        scopes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.to_dict()
                scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_users_v1_beta_1_invitation_role_binding_scope import (
            CastaiUsersV1Beta1InvitationRoleBindingScope,  # noqa: PLC0415
        )

        d = dict(src_dict)
        role_id = d.pop("roleId", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[CastaiUsersV1Beta1InvitationRoleBindingScope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = CastaiUsersV1Beta1InvitationRoleBindingScope.from_dict(
                    scopes_item_data
                )

                scopes.append(scopes_item)

        castai_users_v1_beta_1_invitation_role_binding = cls(
            role_id=role_id,
            scopes=scopes,
        )

        castai_users_v1_beta_1_invitation_role_binding.additional_properties = d
        return castai_users_v1_beta_1_invitation_role_binding

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
