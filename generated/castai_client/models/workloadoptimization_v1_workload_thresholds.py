from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_apply_threshold_strategy import (
        WorkloadoptimizationV1ApplyThresholdStrategy,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadThresholds")


@_attrs_define
class WorkloadoptimizationV1WorkloadThresholds:
    """
    Attributes:
        cpu (WorkloadoptimizationV1ApplyThresholdStrategy | Unset):
        memory (WorkloadoptimizationV1ApplyThresholdStrategy | Unset):
    """

    cpu: WorkloadoptimizationV1ApplyThresholdStrategy | Unset = UNSET
    memory: WorkloadoptimizationV1ApplyThresholdStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_apply_threshold_strategy import (
            WorkloadoptimizationV1ApplyThresholdStrategy,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _cpu = d.pop("cpu", UNSET)
        cpu: WorkloadoptimizationV1ApplyThresholdStrategy | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = WorkloadoptimizationV1ApplyThresholdStrategy.from_dict(_cpu)

        _memory = d.pop("memory", UNSET)
        memory: WorkloadoptimizationV1ApplyThresholdStrategy | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = WorkloadoptimizationV1ApplyThresholdStrategy.from_dict(_memory)

        workloadoptimization_v1_workload_thresholds = cls(
            cpu=cpu,
            memory=memory,
        )

        workloadoptimization_v1_workload_thresholds.additional_properties = d
        return workloadoptimization_v1_workload_thresholds

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
