from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatedVm")


@_attrs_define
class CreatedVm:
    """
    Attributes:
        vm_id (str): VM identifier, a 20-byte hex address with 0x prefix (mixed-case checksum). Example:
            0x311edB209b61EaA8c3e67c6B96D03288DB5Bc020.
        vm_name (str):  Example: web-server.
    """

    vm_id: str
    vm_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vm_id = self.vm_id

        vm_name = self.vm_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vmId": vm_id,
                "vmName": vm_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vm_id = d.pop("vmId")

        vm_name = d.pop("vmName")

        created_vm = cls(
            vm_id=vm_id,
            vm_name=vm_name,
        )

        created_vm.additional_properties = d
        return created_vm

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
