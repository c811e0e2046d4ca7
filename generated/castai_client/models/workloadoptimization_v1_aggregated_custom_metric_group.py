from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_custom_metric_unit import (
    WorkloadoptimizationV1CustomMetricUnit,
    check_workloadoptimization_v1_custom_metric_unit,
)

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metric_data_point import (
        WorkloadoptimizationV1CustomMetricDataPoint,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1AggregatedCustomMetricGroup")


@_attrs_define
class WorkloadoptimizationV1AggregatedCustomMetricGroup:
    """
    Attributes:
        data_points (list[WorkloadoptimizationV1CustomMetricDataPoint]):
        metric_name (str):
        unit (WorkloadoptimizationV1CustomMetricUnit):
    """

    data_points: list[WorkloadoptimizationV1CustomMetricDataPoint]
    metric_name: str
    unit: WorkloadoptimizationV1CustomMetricUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_points = []
        for data_points_item_data in self.data_points:
            data_points_item = data_points_item_data.to_dict()
            data_points.append(data_points_item)

        metric_name = self.metric_name

        unit: str = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataPoints": data_points,
                "metricName": metric_name,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metric_data_point import (
            WorkloadoptimizationV1CustomMetricDataPoint,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data_points = []
        _data_points = d.pop("dataPoints")
        for data_points_item_data in _data_points:
            data_points_item = WorkloadoptimizationV1CustomMetricDataPoint.from_dict(
                data_points_item_data
            )

            data_points.append(data_points_item)

        metric_name = d.pop("metricName")

        unit = check_workloadoptimization_v1_custom_metric_unit(d.pop("unit"))

        workloadoptimization_v1_aggregated_custom_metric_group = cls(
            data_points=data_points,
            metric_name=metric_name,
            unit=unit,
        )

        workloadoptimization_v1_aggregated_custom_metric_group.additional_properties = d
        return workloadoptimization_v1_aggregated_custom_metric_group

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
