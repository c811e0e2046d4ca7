from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenRevocation")


@_attrs_define
class TokenRevocation:
    """
    Attributes:
        id (str):  Example: tok_2c9.
        revoked (bool):  Example: True.
        revoked_at (datetime.datetime):  Example: 2026-03-21T10:05:00Z.
    """

    id: str
    revoked: bool
    revoked_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        revoked = self.revoked

        revoked_at = self.revoked_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "revoked": revoked,
                "revoked_at": revoked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        revoked = d.pop("revoked")

        revoked_at = datetime.datetime.fromisoformat(d.pop("revoked_at"))

        token_revocation = cls(
            id=id,
            revoked=revoked,
            revoked_at=revoked_at,
        )

        token_revocation.additional_properties = d
        return token_revocation

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
