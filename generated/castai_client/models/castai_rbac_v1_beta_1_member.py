from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_rbac_v1_beta_1_kind import (
    CastaiRbacV1Beta1Kind,
    check_castai_rbac_v1_beta_1_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiRbacV1Beta1Member")


@_attrs_define
class CastaiRbacV1Beta1Member:
    """
    Attributes:
        email (str):
        id (str):
        kind (CastaiRbacV1Beta1Kind):
        added_at (datetime.datetime | Unset):
        last_login_at (datetime.datetime | Unset):
    """

    email: str
    id: str
    kind: CastaiRbacV1Beta1Kind
    added_at: datetime.datetime | Unset = UNSET
    last_login_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        kind: str = self.kind

        added_at: str | Unset = UNSET
        if not isinstance(self.added_at, Unset):
            added_at = self.added_at.isoformat()

        last_login_at: str | Unset = UNSET
        if not isinstance(self.last_login_at, Unset):
            last_login_at = self.last_login_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "id": id,
                "kind": kind,
            }
        )
        if added_at is not UNSET:
            field_dict["addedAt"] = added_at
        if last_login_at is not UNSET:
            field_dict["lastLoginAt"] = last_login_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        id = d.pop("id")

        kind = check_castai_rbac_v1_beta_1_kind(d.pop("kind"))

        _added_at = d.pop("addedAt", UNSET)
        added_at: datetime.datetime | Unset
        if isinstance(_added_at, Unset):
            added_at = UNSET
        else:
            added_at = datetime.datetime.fromisoformat(_added_at)

        _last_login_at = d.pop("lastLoginAt", UNSET)
        last_login_at: datetime.datetime | Unset
        if isinstance(_last_login_at, Unset):
            last_login_at = UNSET
        else:
            last_login_at = datetime.datetime.fromisoformat(_last_login_at)

        castai_rbac_v1_beta_1_member = cls(
            email=email,
            id=id,
            kind=kind,
            added_at=added_at,
            last_login_at=last_login_at,
        )

        castai_rbac_v1_beta_1_member.additional_properties = d
        return castai_rbac_v1_beta_1_member

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
