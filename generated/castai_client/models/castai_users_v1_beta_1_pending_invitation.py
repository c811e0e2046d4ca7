from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_users_v1_beta_1_invitation_role_binding import (
        CastaiUsersV1Beta1InvitationRoleBinding,
    )


T = TypeVar("T", bound="CastaiUsersV1Beta1PendingInvitation")


@_attrs_define
class CastaiUsersV1Beta1PendingInvitation:
    """
    Attributes:
        invite_email (str):
        id (str | Unset):
        role (Any | Unset):
        role_bindings (list[CastaiUsersV1Beta1InvitationRoleBinding] | Unset):
        valid_until (datetime.datetime | Unset):
    """

    invite_email: str
    id: str | Unset = UNSET
    role: Any | Unset = UNSET
    role_bindings: list[CastaiUsersV1Beta1InvitationRoleBinding] | Unset = UNSET
    valid_until: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invite_email = self.invite_email

        id = self.id

        role = self.role

        role_bindings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.role_bindings, Unset):
            role_bindings = []
            for role_bindings_item_data in self.role_bindings:
                role_bindings_item = role_bindings_item_data.to_dict()
                role_bindings.append(role_bindings_item)

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inviteEmail": invite_email,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if role_bindings is not UNSET:
            field_dict["roleBindings"] = role_bindings
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_users_v1_beta_1_invitation_role_binding import (
            CastaiUsersV1Beta1InvitationRoleBinding,  # noqa: PLC0415
        )

        d = dict(src_dict)
        invite_email = d.pop("inviteEmail")

        id = d.pop("id", UNSET)

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

        _valid_until = d.pop("validUntil", UNSET)
        valid_until: datetime.datetime | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.datetime.fromisoformat(_valid_until)

        castai_users_v1_beta_1_pending_invitation = cls(
            invite_email=invite_email,
            id=id,
            role=role,
            role_bindings=role_bindings,
            valid_until=valid_until,
        )

        castai_users_v1_beta_1_pending_invitation.additional_properties = d
        return castai_users_v1_beta_1_pending_invitation

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
