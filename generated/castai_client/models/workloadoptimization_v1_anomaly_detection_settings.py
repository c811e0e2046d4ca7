from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_infinite_memory_scaling_settings import (
        WorkloadoptimizationV1InfiniteMemoryScalingSettings,
    )
    from ..models.workloadoptimization_v1cpu_pressure_settings import (
        WorkloadoptimizationV1CPUPressureSettings,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1AnomalyDetectionSettings")


@_attrs_define
class WorkloadoptimizationV1AnomalyDetectionSettings:
    """
    Attributes:
        cpu_pressure (WorkloadoptimizationV1CPUPressureSettings | Unset):
        infinite_memory_scaling (WorkloadoptimizationV1InfiniteMemoryScalingSettings | Unset):
    """

    cpu_pressure: WorkloadoptimizationV1CPUPressureSettings | Unset = UNSET
    infinite_memory_scaling: (
        WorkloadoptimizationV1InfiniteMemoryScalingSettings | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_pressure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_pressure, Unset):
            cpu_pressure = self.cpu_pressure.to_dict()

        infinite_memory_scaling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.infinite_memory_scaling, Unset):
            infinite_memory_scaling = self.infinite_memory_scaling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_pressure is not UNSET:
            field_dict["cpuPressure"] = cpu_pressure
        if infinite_memory_scaling is not UNSET:
            field_dict["infiniteMemoryScaling"] = infinite_memory_scaling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_infinite_memory_scaling_settings import (
            WorkloadoptimizationV1InfiniteMemoryScalingSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1cpu_pressure_settings import (
            WorkloadoptimizationV1CPUPressureSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _cpu_pressure = d.pop("cpuPressure", UNSET)
        cpu_pressure: WorkloadoptimizationV1CPUPressureSettings | Unset
        if isinstance(_cpu_pressure, Unset):
            cpu_pressure = UNSET
        else:
            cpu_pressure = WorkloadoptimizationV1CPUPressureSettings.from_dict(
                _cpu_pressure
            )

        _infinite_memory_scaling = d.pop("infiniteMemoryScaling", UNSET)
        infinite_memory_scaling: (
            WorkloadoptimizationV1InfiniteMemoryScalingSettings | Unset
        )
        if isinstance(_infinite_memory_scaling, Unset):
            infinite_memory_scaling = UNSET
        else:
            infinite_memory_scaling = (
                WorkloadoptimizationV1InfiniteMemoryScalingSettings.from_dict(
                    _infinite_memory_scaling
                )
            )

        workloadoptimization_v1_anomaly_detection_settings = cls(
            cpu_pressure=cpu_pressure,
            infinite_memory_scaling=infinite_memory_scaling,
        )

        workloadoptimization_v1_anomaly_detection_settings.additional_properties = d
        return workloadoptimization_v1_anomaly_detection_settings

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
