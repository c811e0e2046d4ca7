from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_users_v1_beta_1_invitation_role_binding import (
        CastaiUsersV1Beta1InvitationRoleBinding,
    )


T = TypeVar("T", bound="CastaiUsersV1Beta1NewMembershipByEmail")


@_attrs_define
class CastaiUsersV1Beta1NewMembershipByEmail:
    """
    Attributes:
        user_email (str):
        group_ids (list[str] | Unset):
        role (Any | Unset):
        role_bindings (list[CastaiUsersV1Beta1InvitationRoleBinding] | Unset):
    """

    user_email: str
    group_ids: list[str] | Unset = UNSET
    role: Any | Unset = UNSET
    role_bindings: list[CastaiUsersV1Beta1InvitationRoleBinding] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_email = self.user_email

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        role = self.role

        role_bindings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.role_bindings, Unset):
            role_bindings = []
            for role_bindings_item_data in self.role_bindings:
                role_bindings_item = role_bindings_item_data.to_dict()
                role_bindings.append(role_bindings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userEmail": user_email,
            }
        )
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if role is not UNSET:
            field_dict["role"] = role
        if role_bindings is not UNSET:
            field_dict["roleBindings"] = role_bindings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_users_v1_beta_1_invitation_role_binding import (
            CastaiUsersV1Beta1InvitationRoleBinding,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_email = d.pop("userEmail")

        group_ids = cast(list[str], d.pop("groupIds", UNSET))

        role = d.pop("role", UNSET)

        _role_bindings = d.pop("roleBindings", UNSET)
        role_bindings: list[CastaiUsersV1Beta1InvitationRoleBinding] | Unset = UNSET
        if _role_bindings is not UNSET:
            role_bindings = []
            for role_bindings_item_data in _role_bindings:
                role_bindings_item = CastaiUsersV1Beta1InvitationRoleBinding.from_dict(
                    role_bindings_item_data
                )

                role_bindings.append(role_bindings_item)

        castai_users_v1_beta_1_new_membership_by_email = cls(
            user_email=user_email,
            group_ids=group_ids,
            role=role,
            role_bindings=role_bindings,
        )

        castai_users_v1_beta_1_new_membership_by_email.additional_properties = d
        return castai_users_v1_beta_1_new_membership_by_email

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
