from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1jvm_memory_settings import (
        WorkloadoptimizationV1JVMMemorySettings,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1JVMSettings")


@_attrs_define
class WorkloadoptimizationV1JVMSettings:
    """
    Attributes:
        auto_instrument (bool | None | Unset):
        memory (WorkloadoptimizationV1JVMMemorySettings | Unset):
    """

    auto_instrument: bool | None | Unset = UNSET
    memory: WorkloadoptimizationV1JVMMemorySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_instrument: bool | None | Unset
        if isinstance(self.auto_instrument, Unset):
            auto_instrument = UNSET
        else:
            auto_instrument = self.auto_instrument

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_instrument is not UNSET:
            field_dict["autoInstrument"] = auto_instrument
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1jvm_memory_settings import (
            WorkloadoptimizationV1JVMMemorySettings,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_auto_instrument(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_instrument = _parse_auto_instrument(d.pop("autoInstrument", UNSET))

        _memory = d.pop("memory", UNSET)
        memory: WorkloadoptimizationV1JVMMemorySettings | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = WorkloadoptimizationV1JVMMemorySettings.from_dict(_memory)

        workloadoptimization_v1jvm_settings = cls(
            auto_instrument=auto_instrument,
            memory=memory,
        )

        workloadoptimization_v1jvm_settings.additional_properties = d
        return workloadoptimization_v1jvm_settings

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
