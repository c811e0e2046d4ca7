from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_time_series_metric import (
        WorkloadoptimizationV1TimeSeriesMetric,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1CpuMetrics")


@_attrs_define
class WorkloadoptimizationV1CpuMetrics:
    """
    Attributes:
        total_cpu_cores (list[WorkloadoptimizationV1TimeSeriesMetric]):
        total_cpu_cores_max (float):
        total_cpu_cores_min (float):
    """

    total_cpu_cores: list[WorkloadoptimizationV1TimeSeriesMetric]
    total_cpu_cores_max: float
    total_cpu_cores_min: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cpu_cores = []
        for total_cpu_cores_item_data in self.total_cpu_cores:
            total_cpu_cores_item = total_cpu_cores_item_data.to_dict()
            total_cpu_cores.append(total_cpu_cores_item)

        total_cpu_cores_max = self.total_cpu_cores_max

        total_cpu_cores_min = self.total_cpu_cores_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCpuCores": total_cpu_cores,
                "totalCpuCoresMax": total_cpu_cores_max,
                "totalCpuCoresMin": total_cpu_cores_min,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_time_series_metric import (
            WorkloadoptimizationV1TimeSeriesMetric,  # noqa: PLC0415
        )

        d = dict(src_dict)
        total_cpu_cores = []
        _total_cpu_cores = d.pop("totalCpuCores")
        for total_cpu_cores_item_data in _total_cpu_cores:
            total_cpu_cores_item = WorkloadoptimizationV1TimeSeriesMetric.from_dict(
                total_cpu_cores_item_data
            )

            total_cpu_cores.append(total_cpu_cores_item)

        total_cpu_cores_max = d.pop("totalCpuCoresMax")

        total_cpu_cores_min = d.pop("totalCpuCoresMin")

        workloadoptimization_v1_cpu_metrics = cls(
            total_cpu_cores=total_cpu_cores,
            total_cpu_cores_max=total_cpu_cores_max,
            total_cpu_cores_min=total_cpu_cores_min,
        )

        workloadoptimization_v1_cpu_metrics.additional_properties = d
        return workloadoptimization_v1_cpu_metrics

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
