from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_input import KeyInput


T = TypeVar("T", bound="KeysetUpdate")


@_attrs_define
class KeysetUpdate:
    """Keyset fields to change.

    Attributes:
        entity (str | Unset):  Example: aws.
        is_default (bool | Unset):  Example: False.
        keys (list[KeyInput] | Unset): Replacement keys, base64-encoded.
        name (str | Unset):  Example: My Renamed AWS Keyset.
        user (int | Unset):  Example: 3.
        workspaces (list[int] | Unset): New workspace restriction; an empty list opens the keyset to the whole
            organization. Example: [].
    """

    entity: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    keys: list[KeyInput] | Unset = UNSET
    name: str | Unset = UNSET
    user: int | Unset = UNSET
    workspaces: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity

        is_default = self.is_default

        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        name = self.name

        user = self.user

        workspaces: list[int] | Unset = UNSET
        if not isinstance(self.workspaces, Unset):
            workspaces = self.workspaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if keys is not UNSET:
            field_dict["keys"] = keys
        if name is not UNSET:
            field_dict["name"] = name
        if user is not UNSET:
            field_dict["user"] = user
        if workspaces is not UNSET:
            field_dict["workspaces"] = workspaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_input import KeyInput  # noqa: PLC0415

        d = dict(src_dict)
        entity = d.pop("entity", UNSET)

        is_default = d.pop("is_default", UNSET)

        _keys = d.pop("keys", UNSET)
        keys: list[KeyInput] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                keys_item = KeyInput.from_dict(keys_item_data)

                keys.append(keys_item)

        name = d.pop("name", UNSET)

        user = d.pop("user", UNSET)

        workspaces = cast(list[int], d.pop("workspaces", UNSET))

        keyset_update = cls(
            entity=entity,
            is_default=is_default,
            keys=keys,
            name=name,
            user=user,
            workspaces=workspaces,
        )

        keyset_update.additional_properties = d
        return keyset_update

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
