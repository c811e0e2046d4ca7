from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metric_data_point import (
        WorkloadoptimizationV1CustomMetricDataPoint,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1CustomMetricSeries")


@_attrs_define
class WorkloadoptimizationV1CustomMetricSeries:
    """
    Attributes:
        container_name (str):
        data_points (list[WorkloadoptimizationV1CustomMetricDataPoint]):
        pod_name (str):
    """

    container_name: str
    data_points: list[WorkloadoptimizationV1CustomMetricDataPoint]
    pod_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_name = self.container_name

        data_points = []
        for data_points_item_data in self.data_points:
            data_points_item = data_points_item_data.to_dict()
            data_points.append(data_points_item)

        pod_name = self.pod_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerName": container_name,
                "dataPoints": data_points,
                "podName": pod_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metric_data_point import (
            WorkloadoptimizationV1CustomMetricDataPoint,  # noqa: PLC0415
        )

        d = dict(src_dict)
        container_name = d.pop("containerName")

        data_points = []
        _data_points = d.pop("dataPoints")
        for data_points_item_data in _data_points:
            data_points_item = WorkloadoptimizationV1CustomMetricDataPoint.from_dict(
                data_points_item_data
            )

            data_points.append(data_points_item)

        pod_name = d.pop("podName")

        workloadoptimization_v1_custom_metric_series = cls(
            container_name=container_name,
            data_points=data_points,
            pod_name=pod_name,
        )

        workloadoptimization_v1_custom_metric_series.additional_properties = d
        return workloadoptimization_v1_custom_metric_series

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
