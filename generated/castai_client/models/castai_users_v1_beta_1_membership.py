from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_users_v1_beta_1_group_ref import CastaiUsersV1Beta1GroupRef
    from ..models.castai_users_v1_beta_1_user import CastaiUsersV1Beta1User


T = TypeVar("T", bound="CastaiUsersV1Beta1Membership")


@_attrs_define
class CastaiUsersV1Beta1Membership:
    """
    Attributes:
        user (CastaiUsersV1Beta1User):
        created_at (datetime.datetime | Unset):
        groups (list[CastaiUsersV1Beta1GroupRef] | Unset):
        login_at (datetime.datetime | Unset):
        role (Any | Unset):
    """

    user: CastaiUsersV1Beta1User
    created_at: datetime.datetime | Unset = UNSET
    groups: list[CastaiUsersV1Beta1GroupRef] | Unset = UNSET
    login_at: datetime.datetime | Unset = UNSET
    role: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        login_at: str | Unset = UNSET
        if not isinstance(self.login_at, Unset):
            login_at = self.login_at.isoformat()

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if groups is not UNSET:
            field_dict["groups"] = groups
        if login_at is not UNSET:
            field_dict["loginAt"] = login_at
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_users_v1_beta_1_group_ref import CastaiUsersV1Beta1GroupRef  # noqa: PLC0415
        from ..models.castai_users_v1_beta_1_user import CastaiUsersV1Beta1User  # noqa: PLC0415

        d = dict(src_dict)
        user = CastaiUsersV1Beta1User.from_dict(d.pop("user"))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _groups = d.pop("groups", UNSET)
        groups: list[CastaiUsersV1Beta1GroupRef] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = CastaiUsersV1Beta1GroupRef.from_dict(groups_item_data)

                groups.append(groups_item)

        _login_at = d.pop("loginAt", UNSET)
        login_at: datetime.datetime | Unset
        if isinstance(_login_at, Unset):
            login_at = UNSET
        else:
            login_at = datetime.datetime.fromisoformat(_login_at)

        role = d.pop("role", UNSET)

        castai_users_v1_beta_1_membership = cls(
            user=user,
            created_at=created_at,
            groups=groups,
            login_at=login_at,
            role=role,
        )

        castai_users_v1_beta_1_membership.additional_properties = d
        return castai_users_v1_beta_1_membership

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
