from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyset_category import KeysetCategory

if TYPE_CHECKING:
    from ..models.key import Key


T = TypeVar("T", bound="Keyset")


@_attrs_define
class Keyset:
    """Credentials used to provision clusters, install solutions or reach storage.

    Attributes:
        category (KeysetCategory): What a keyset is used for. `vcs` keysets can only be read or deleted through the API.
            Example: provider.
        created (datetime.datetime):  Example: 2018-11-14T22:03:02.892559Z.
        entity (str): Provider, solution or storage backend the keyset is for (e.g. aws, azure, do, gce, gke, sysdig,
            turbonomic, azure-storage); empty for SSH keysets. Example: aws.
        is_default (bool): Whether this is the default keyset of its kind. Example: False.
        keys (list[Key]): Keys in the keyset (metadata only).
        name (str): Keyset name, unique in the organization per category and entity. Example: My AWS Credentials.
        org (int): Organization ID. Example: 381.
        pk (int): Keyset ID. Example: 4.
        user (int): ID of the user the keyset belongs to. Example: 3.
        workspaces (list[int]): Workspaces allowed to use the keyset; empty means the whole organization. Example: [].
    """

    category: KeysetCategory
    created: datetime.datetime
    entity: str
    is_default: bool
    keys: list[Key]
    name: str
    org: int
    pk: int
    user: int
    workspaces: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        created = self.created.isoformat()

        entity = self.entity

        is_default = self.is_default

        keys = []
        for keys_item_data in self.keys:
            keys_item = keys_item_data.to_dict()
            keys.append(keys_item)

        name = self.name

        org = self.org

        pk = self.pk

        user = self.user

        workspaces = self.workspaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "created": created,
                "entity": entity,
                "is_default": is_default,
                "keys": keys,
                "name": name,
                "org": org,
                "pk": pk,
                "user": user,
                "workspaces": workspaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key import Key  # noqa: PLC0415

        d = dict(src_dict)
        category = KeysetCategory(d.pop("category"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        entity = d.pop("entity")

        is_default = d.pop("is_default")

        keys = []
        _keys = d.pop("keys")
        for keys_item_data in _keys:
            keys_item = Key.from_dict(keys_item_data)

            keys.append(keys_item)

        name = d.pop("name")

        org = d.pop("org")

        pk = d.pop("pk")

        user = d.pop("user")

        workspaces = cast(list[int], d.pop("workspaces"))

        keyset = cls(
            category=category,
            created=created,
            entity=entity,
            is_default=is_default,
            keys=keys,
            name=name,
            org=org,
            pk=pk,
            user=user,
            workspaces=workspaces,
        )

        keyset.additional_properties = d
        return keyset

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
