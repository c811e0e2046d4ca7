from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyset_category import KeysetCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_input import KeyInput


T = TypeVar("T", bound="KeysetCreate")


@_attrs_define
class KeysetCreate:
    """Fields for a new keyset.

    Attributes:
        category (KeysetCategory): What a keyset is used for. `vcs` keysets can only be read or deleted through the API.
            Example: provider.
        keys (list[KeyInput]): All keys the entity needs (e.g. aws: pub + pvt; azure: subscription, tenant, pub, pvt;
            do: token; gce/gke: other).
        name (str):  Example: My AWS Keyset.
        entity (str | Unset): Provider, solution or storage backend the keyset is for. Example: aws.
        is_default (bool | Unset): Make this the default keyset of its kind. Example: False.
        org (int | Unset): Organization ID; defaults to the organization in the path and must match it if sent. Example:
            381.
        user (int | Unset): User the keyset is assigned to; defaults to the caller. Example: 3.
        workspaces (list[int] | Unset): Workspace IDs to restrict the keyset to; empty for organization-wide. Example:
            [].
    """

    category: KeysetCategory
    keys: list[KeyInput]
    name: str
    entity: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    org: int | Unset = UNSET
    user: int | Unset = UNSET
    workspaces: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        keys = []
        for keys_item_data in self.keys:
            keys_item = keys_item_data.to_dict()
            keys.append(keys_item)

        name = self.name

        entity = self.entity

        is_default = self.is_default

        org = self.org

        user = self.user

        workspaces: list[int] | Unset = UNSET
        if not isinstance(self.workspaces, Unset):
            workspaces = self.workspaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "keys": keys,
                "name": name,
            }
        )
        if entity is not UNSET:
            field_dict["entity"] = entity
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if org is not UNSET:
            field_dict["org"] = org
        if user is not UNSET:
            field_dict["user"] = user
        if workspaces is not UNSET:
            field_dict["workspaces"] = workspaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_input import KeyInput  # noqa: PLC0415

        d = dict(src_dict)
        category = KeysetCategory(d.pop("category"))

        keys = []
        _keys = d.pop("keys")
        for keys_item_data in _keys:
            keys_item = KeyInput.from_dict(keys_item_data)

            keys.append(keys_item)

        name = d.pop("name")

        entity = d.pop("entity", UNSET)

        is_default = d.pop("is_default", UNSET)

        org = d.pop("org", UNSET)

        user = d.pop("user", UNSET)

        workspaces = cast(list[int], d.pop("workspaces", UNSET))

        keyset_create = cls(
            category=category,
            keys=keys,
            name=name,
            entity=entity,
            is_default=is_default,
            org=org,
            user=user,
            workspaces=workspaces,
        )

        keyset_create.additional_properties = d
        return keyset_create

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
