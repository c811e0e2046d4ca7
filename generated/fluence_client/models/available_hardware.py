from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cpu_hardware import CpuHardware
    from ..models.memory_hardware import MemoryHardware
    from ..models.storage_hardware import StorageHardware


T = TypeVar("T", bound="AvailableHardware")


@_attrs_define
class AvailableHardware:
    """
    Example:
        {'cpu': [{'architecture': 'Zen', 'manufacturer': 'AMD'}, {'architecture': 'ICE LAKE', 'manufacturer': 'Intel
            (R)'}], 'memory': [{'generation': '5', 'type': 'DDR'}, {'generation': '4', 'type': 'DDR'}], 'storage': [{'type':
            'SSD'}, {'type': 'NVMe'}]}

    Attributes:
        cpu (list[CpuHardware]):
        memory (list[MemoryHardware]):
        storage (list[StorageHardware]):
    """

    cpu: list[CpuHardware]
    memory: list[MemoryHardware]
    storage: list[StorageHardware]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = []
        for cpu_item_data in self.cpu:
            cpu_item = cpu_item_data.to_dict()
            cpu.append(cpu_item)

        memory = []
        for memory_item_data in self.memory:
            memory_item = memory_item_data.to_dict()
            memory.append(memory_item)

        storage = []
        for storage_item_data in self.storage:
            storage_item = storage_item_data.to_dict()
            storage.append(storage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpu": cpu,
                "memory": memory,
                "storage": storage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cpu_hardware import CpuHardware  # noqa: PLC0415
        from ..models.memory_hardware import MemoryHardware  # noqa: PLC0415
        from ..models.storage_hardware import StorageHardware  # noqa: PLC0415

        d = dict(src_dict)
        cpu = []
        _cpu = d.pop("cpu")
        for cpu_item_data in _cpu:
            cpu_item = CpuHardware.from_dict(cpu_item_data)

            cpu.append(cpu_item)

        memory = []
        _memory = d.pop("memory")
        for memory_item_data in _memory:
            memory_item = MemoryHardware.from_dict(memory_item_data)

            memory.append(memory_item)

        storage = []
        _storage = d.pop("storage")
        for storage_item_data in _storage:
            storage_item = StorageHardware.from_dict(storage_item_data)

            storage.append(storage_item)

        available_hardware = cls(
            cpu=cpu,
            memory=memory,
            storage=storage,
        )

        available_hardware.additional_properties = d
        return available_hardware

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
