from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vm_hardware_info import VmHardwareInfo


T = TypeVar("T", bound="MaxGpuPerVmData")


@_attrs_define
class MaxGpuPerVmData:
    """
    Attributes:
        hardware (list[VmHardwareInfo]):
        total (int):  Example: 1.
    """

    hardware: list[VmHardwareInfo]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hardware = []
        for hardware_item_data in self.hardware:
            hardware_item = hardware_item_data.to_dict()
            hardware.append(hardware_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hardware": hardware,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vm_hardware_info import VmHardwareInfo  # noqa: PLC0415

        d = dict(src_dict)
        hardware = []
        _hardware = d.pop("hardware")
        for hardware_item_data in _hardware:
            hardware_item = VmHardwareInfo.from_dict(hardware_item_data)

            hardware.append(hardware_item)

        total = d.pop("total")

        max_gpu_per_vm_data = cls(
            hardware=hardware,
            total=total,
        )

        max_gpu_per_vm_data.additional_properties = d
        return max_gpu_per_vm_data

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
