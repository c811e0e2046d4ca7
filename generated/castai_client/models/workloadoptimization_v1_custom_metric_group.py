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
    from ..models.workloadoptimization_v1_custom_metric_series import (
        WorkloadoptimizationV1CustomMetricSeries,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1CustomMetricGroup")


@_attrs_define
class WorkloadoptimizationV1CustomMetricGroup:
    """
    Attributes:
        metric_name (str):
        series (list[WorkloadoptimizationV1CustomMetricSeries]):
        unit (WorkloadoptimizationV1CustomMetricUnit):
    """

    metric_name: str
    series: list[WorkloadoptimizationV1CustomMetricSeries]
    unit: WorkloadoptimizationV1CustomMetricUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        unit: str = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metricName": metric_name,
                "series": series,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metric_series import (
            WorkloadoptimizationV1CustomMetricSeries,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metric_name = d.pop("metricName")

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = WorkloadoptimizationV1CustomMetricSeries.from_dict(
                series_item_data
            )

            series.append(series_item)

        unit = check_workloadoptimization_v1_custom_metric_unit(d.pop("unit"))

        workloadoptimization_v1_custom_metric_group = cls(
            metric_name=metric_name,
            series=series,
            unit=unit,
        )

        workloadoptimization_v1_custom_metric_group.additional_properties = d
        return workloadoptimization_v1_custom_metric_group

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
