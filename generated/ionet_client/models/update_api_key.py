from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateApiKey")


@_attrs_define
class UpdateApiKey:
    """
    Attributes:
        description (str):  Example: CI pipeline (rotated).
        expires_at (datetime.datetime):  Example: 2026-03-31T23:59:59Z.
        scopes (list[str]):  Example: ['all'].
    """

    description: str
    expires_at: datetime.datetime
    scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        expires_at = self.expires_at.isoformat()

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "expires_at": expires_at,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        scopes = cast(list[str], d.pop("scopes"))

        update_api_key = cls(
            description=description,
            expires_at=expires_at,
            scopes=scopes,
        )

        update_api_key.additional_properties = d
        return update_api_key

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
