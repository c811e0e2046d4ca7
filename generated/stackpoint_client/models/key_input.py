from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_type import KeyType

T = TypeVar("T", bound="KeyInput")


@_attrs_define
class KeyInput:
    """A secret to store in a keyset.

    Attributes:
        key (str): Secret value, base64-encoded. Stored encrypted; never returned. Example:
            QUtJQUlPU0ZPRE5ON0VYQU1QTEU=.
        key_type (KeyType): Kind of secret held by a key; which kinds a keyset needs depends on its category and entity.
            Example: pub.
    """

    key: str
    key_type: KeyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        key_type = self.key_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "key_type": key_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        key_type = KeyType(d.pop("key_type"))

        key_input = cls(
            key=key,
            key_type=key_type,
        )

        key_input.additional_properties = d
        return key_input

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
