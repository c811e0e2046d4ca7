from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_hardware import CpuHardware
    from ..models.memory_hardware import MemoryHardware
    from ..models.storage_hardware import StorageHardware


T = TypeVar("T", bound="HardwareConstraints")


@_attrs_define
class HardwareConstraints:
    """Hardware filter. Within a kind every listed field must be set; entries of a kind are alternatives.

    Attributes:
        cpu (list[CpuHardware] | Unset):
        memory (list[MemoryHardware] | Unset):
        storage (list[StorageHardware] | Unset):
    """

    cpu: list[CpuHardware] | Unset = UNSET
    memory: list[MemoryHardware] | Unset = UNSET
    storage: list[StorageHardware] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = []
            for cpu_item_data in self.cpu:
                cpu_item = cpu_item_data.to_dict()
                cpu.append(cpu_item)

        memory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = []
            for memory_item_data in self.memory:
                memory_item = memory_item_data.to_dict()
                memory.append(memory_item)

        storage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = []
            for storage_item_data in self.storage:
                storage_item = storage_item_data.to_dict()
                storage.append(storage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cpu_hardware import CpuHardware  # noqa: PLC0415
        from ..models.memory_hardware import MemoryHardware  # noqa: PLC0415
        from ..models.storage_hardware import StorageHardware  # noqa: PLC0415

        d = dict(src_dict)
        _cpu = d.pop("cpu", UNSET)
        cpu: list[CpuHardware] | Unset = UNSET
        if _cpu is not UNSET:
            cpu = []
            for cpu_item_data in _cpu:
                cpu_item = CpuHardware.from_dict(cpu_item_data)

                cpu.append(cpu_item)

        _memory = d.pop("memory", UNSET)
        memory: list[MemoryHardware] | Unset = UNSET
        if _memory is not UNSET:
            memory = []
            for memory_item_data in _memory:
                memory_item = MemoryHardware.from_dict(memory_item_data)

                memory.append(memory_item)

        _storage = d.pop("storage", UNSET)
        storage: list[StorageHardware] | Unset = UNSET
        if _storage is not UNSET:
            storage = []
            for storage_item_data in _storage:
                storage_item = StorageHardware.from_dict(storage_item_data)

                storage.append(storage_item)

        hardware_constraints = cls(
            cpu=cpu,
            memory=memory,
            storage=storage,
        )

        hardware_constraints.additional_properties = d
        return hardware_constraints

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
