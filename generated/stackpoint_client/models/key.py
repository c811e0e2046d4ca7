from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_type import KeyType

T = TypeVar("T", bound="Key")


@_attrs_define
class Key:
    """A stored secret. The secret value itself is never returned.

    Attributes:
        fingerprint (str): Fingerprint of an SSH public key; empty otherwise. Example: 01:02:03:45:67:89:1a:2b:3c:4d.
        key_type (KeyType): Kind of secret held by a key; which kinds a keyset needs depends on its category and entity.
            Example: pub.
        keyset (int): ID of the keyset holding the key. Example: 4.
        pk (int): Key ID. Example: 5.
        user (int): ID of the user who added the key. Example: 3.
    """

    fingerprint: str
    key_type: KeyType
    keyset: int
    pk: int
    user: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fingerprint = self.fingerprint

        key_type = self.key_type.value

        keyset = self.keyset

        pk = self.pk

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fingerprint": fingerprint,
                "key_type": key_type,
                "keyset": keyset,
                "pk": pk,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fingerprint = d.pop("fingerprint")

        key_type = KeyType(d.pop("key_type"))

        keyset = d.pop("keyset")

        pk = d.pop("pk")

        user = d.pop("user")

        key = cls(
            fingerprint=fingerprint,
            key_type=key_type,
            keyset=keyset,
            pk=pk,
            user=user,
        )

        key.additional_properties = d
        return key

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
