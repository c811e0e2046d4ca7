from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_heap_recommended_aggregated_metrics import (
        WorkloadoptimizationV1HeapRecommendedAggregatedMetrics,
    )
    from ..models.workloadoptimization_v1_heap_recommended_metrics import (
        WorkloadoptimizationV1HeapRecommendedMetrics,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1HeapRecommended")


@_attrs_define
class WorkloadoptimizationV1HeapRecommended:
    """
    Attributes:
        aggregated_gib (WorkloadoptimizationV1HeapRecommendedAggregatedMetrics):
        metrics_gib (list[WorkloadoptimizationV1HeapRecommendedMetrics]):
    """

    aggregated_gib: WorkloadoptimizationV1HeapRecommendedAggregatedMetrics
    metrics_gib: list[WorkloadoptimizationV1HeapRecommendedMetrics]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregated_gib = self.aggregated_gib.to_dict()

        metrics_gib = []
        for metrics_gib_item_data in self.metrics_gib:
            metrics_gib_item = metrics_gib_item_data.to_dict()
            metrics_gib.append(metrics_gib_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregatedGib": aggregated_gib,
                "metricsGib": metrics_gib,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_heap_recommended_aggregated_metrics import (
            WorkloadoptimizationV1HeapRecommendedAggregatedMetrics,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_heap_recommended_metrics import (
            WorkloadoptimizationV1HeapRecommendedMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        aggregated_gib = (
            WorkloadoptimizationV1HeapRecommendedAggregatedMetrics.from_dict(
                d.pop("aggregatedGib")
            )
        )

        metrics_gib = []
        _metrics_gib = d.pop("metricsGib")
        for metrics_gib_item_data in _metrics_gib:
            metrics_gib_item = WorkloadoptimizationV1HeapRecommendedMetrics.from_dict(
                metrics_gib_item_data
            )

            metrics_gib.append(metrics_gib_item)

        workloadoptimization_v1_heap_recommended = cls(
            aggregated_gib=aggregated_gib,
            metrics_gib=metrics_gib,
        )

        workloadoptimization_v1_heap_recommended.additional_properties = d
        return workloadoptimization_v1_heap_recommended

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
