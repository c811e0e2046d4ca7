from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DboV1RDSInstanceDetails")


@_attrs_define
class DboV1RDSInstanceDetails:
    """
    Attributes:
        cpu (int):
        instance_price (str):
        instance_type (str):
        memory_mib (int):
    """

    cpu: int
    instance_price: str
    instance_type: str
    memory_mib: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        instance_price = self.instance_price

        instance_type = self.instance_type

        memory_mib = self.memory_mib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpu": cpu,
                "instancePrice": instance_price,
                "instanceType": instance_type,
                "memoryMib": memory_mib,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu = d.pop("cpu")

        instance_price = d.pop("instancePrice")

        instance_type = d.pop("instanceType")

        memory_mib = d.pop("memoryMib")

        dbo_v1rds_instance_details = cls(
            cpu=cpu,
            instance_price=instance_price,
            instance_type=instance_type,
            memory_mib=memory_mib,
        )

        dbo_v1rds_instance_details.additional_properties = d
        return dbo_v1rds_instance_details

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
