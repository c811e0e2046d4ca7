from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddedSshKey")


@_attrs_define
class AddedSshKey:
    """The key as returned by the add call; the key text is in `public_key`.

    Attributes:
        active (bool):  Example: True.
        algorithm (str):  Example: ssh-ed25519.
        created_at (str): Time the key was added, in an extended-year ISO 8601 form (`+00YYYY-…`). Example:
            +002025-03-28T16:26:38.808750000Z.
        fingerprint (str):  Example: SHA256:sINcLA/hlKG0nDpE9n233xEnXAgSISxq0/nVWbbx5A4.
        name (str):  Example: my-key.
        public_key (str):  Example: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx
            user@example.com.
        comment (str | Unset):  Example: user@example.com.
    """

    active: bool
    algorithm: str
    created_at: str
    fingerprint: str
    name: str
    public_key: str
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        algorithm = self.algorithm

        created_at = self.created_at

        fingerprint = self.fingerprint

        name = self.name

        public_key = self.public_key

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "algorithm": algorithm,
                "createdAt": created_at,
                "fingerprint": fingerprint,
                "name": name,
                "public_key": public_key,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        algorithm = d.pop("algorithm")

        created_at = d.pop("createdAt")

        fingerprint = d.pop("fingerprint")

        name = d.pop("name")

        public_key = d.pop("public_key")

        comment = d.pop("comment", UNSET)

        added_ssh_key = cls(
            active=active,
            algorithm=algorithm,
            created_at=created_at,
            fingerprint=fingerprint,
            name=name,
            public_key=public_key,
            comment=comment,
        )

        added_ssh_key.additional_properties = d
        return added_ssh_key

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
