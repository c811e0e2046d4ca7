from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_series import (
        WorkloadoptimizationV1MetricsSeries,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1QueryWorkloadMetricsResponse")


@_attrs_define
class WorkloadoptimizationV1QueryWorkloadMetricsResponse:
    """
    Attributes:
        series (list[WorkloadoptimizationV1MetricsSeries]):
    """

    series: list[WorkloadoptimizationV1MetricsSeries]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "series": series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_series import (
            WorkloadoptimizationV1MetricsSeries,  # noqa: PLC0415
        )

        d = dict(src_dict)
        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = WorkloadoptimizationV1MetricsSeries.from_dict(
                series_item_data
            )

            series.append(series_item)

        workloadoptimization_v1_query_workload_metrics_response = cls(
            series=series,
        )

        workloadoptimization_v1_query_workload_metrics_response.additional_properties = d
        return workloadoptimization_v1_query_workload_metrics_response

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
