from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReplicasPerLocation")


@_attrs_define
class ReplicasPerLocation:
    """
    Attributes:
        available_replicas (int):  Example: 4.
        id (int):  Example: 1.
        iso2 (str):  Example: US.
        name (str):  Example: United States.
    """

    available_replicas: int
    id: int
    iso2: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_replicas = self.available_replicas

        id = self.id

        iso2 = self.iso2

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_replicas": available_replicas,
                "id": id,
                "iso2": iso2,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_replicas = d.pop("available_replicas")

        id = d.pop("id")

        iso2 = d.pop("iso2")

        name = d.pop("name")

        replicas_per_location = cls(
            available_replicas=available_replicas,
            id=id,
            iso2=iso2,
            name=name,
        )

        replicas_per_location.additional_properties = d
        return replicas_per_location

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
