from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadFiltersCounts")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadFiltersCounts:
    """
    Attributes:
        recommendation_applied (int):
        recommendation_is_low_confidence (int):
        total (int):
        workload_has_custom_metrics (int):
        workload_has_error (int):
        workload_is_stopped (int):
    """

    recommendation_applied: int
    recommendation_is_low_confidence: int
    total: int
    workload_has_custom_metrics: int
    workload_has_error: int
    workload_is_stopped: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommendation_applied = self.recommendation_applied

        recommendation_is_low_confidence = self.recommendation_is_low_confidence

        total = self.total

        workload_has_custom_metrics = self.workload_has_custom_metrics

        workload_has_error = self.workload_has_error

        workload_is_stopped = self.workload_is_stopped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommendationApplied": recommendation_applied,
                "recommendationIsLowConfidence": recommendation_is_low_confidence,
                "total": total,
                "workloadHasCustomMetrics": workload_has_custom_metrics,
                "workloadHasError": workload_has_error,
                "workloadIsStopped": workload_is_stopped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recommendation_applied = d.pop("recommendationApplied")

        recommendation_is_low_confidence = d.pop("recommendationIsLowConfidence")

        total = d.pop("total")

        workload_has_custom_metrics = d.pop("workloadHasCustomMetrics")

        workload_has_error = d.pop("workloadHasError")

        workload_is_stopped = d.pop("workloadIsStopped")

        workloadoptimization_v1_get_workload_filters_counts = cls(
            recommendation_applied=recommendation_applied,
            recommendation_is_low_confidence=recommendation_is_low_confidence,
            total=total,
            workload_has_custom_metrics=workload_has_custom_metrics,
            workload_has_error=workload_has_error,
            workload_is_stopped=workload_is_stopped,
        )

        workloadoptimization_v1_get_workload_filters_counts.additional_properties = d
        return workloadoptimization_v1_get_workload_filters_counts

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
