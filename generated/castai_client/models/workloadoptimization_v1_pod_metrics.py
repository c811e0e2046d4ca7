from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_time_series_metric import (
        WorkloadoptimizationV1TimeSeriesMetric,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1PodMetrics")


@_attrs_define
class WorkloadoptimizationV1PodMetrics:
    """
    Attributes:
        pod_count (list[WorkloadoptimizationV1TimeSeriesMetric]):
        pod_count_max (float):
        pod_count_min (float):
    """

    pod_count: list[WorkloadoptimizationV1TimeSeriesMetric]
    pod_count_max: float
    pod_count_min: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pod_count = []
        for pod_count_item_data in self.pod_count:
            pod_count_item = pod_count_item_data.to_dict()
            pod_count.append(pod_count_item)

        pod_count_max = self.pod_count_max

        pod_count_min = self.pod_count_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "podCount": pod_count,
                "podCountMax": pod_count_max,
                "podCountMin": pod_count_min,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_time_series_metric import (
            WorkloadoptimizationV1TimeSeriesMetric,  # noqa: PLC0415
        )

        d = dict(src_dict)
        pod_count = []
        _pod_count = d.pop("podCount")
        for pod_count_item_data in _pod_count:
            pod_count_item = WorkloadoptimizationV1TimeSeriesMetric.from_dict(
                pod_count_item_data
            )

            pod_count.append(pod_count_item)

        pod_count_max = d.pop("podCountMax")

        pod_count_min = d.pop("podCountMin")

        workloadoptimization_v1_pod_metrics = cls(
            pod_count=pod_count,
            pod_count_max=pod_count_max,
            pod_count_min=pod_count_min,
        )

        workloadoptimization_v1_pod_metrics.additional_properties = d
        return workloadoptimization_v1_pod_metrics

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
