from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_aggregated_custom_metric_group import (
        WorkloadoptimizationV1AggregatedCustomMetricGroup,
    )


T = TypeVar(
    "T", bound="WorkloadoptimizationV1GetAggregatedWorkloadCustomMetricsV1BetaResponse"
)


@_attrs_define
class WorkloadoptimizationV1GetAggregatedWorkloadCustomMetricsV1BetaResponse:
    """
    Attributes:
        metric_groups (list[WorkloadoptimizationV1AggregatedCustomMetricGroup]):
        step (str):
    """

    metric_groups: list[WorkloadoptimizationV1AggregatedCustomMetricGroup]
    step: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_groups = []
        for metric_groups_item_data in self.metric_groups:
            metric_groups_item = metric_groups_item_data.to_dict()
            metric_groups.append(metric_groups_item)

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metricGroups": metric_groups,
                "step": step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_aggregated_custom_metric_group import (
            WorkloadoptimizationV1AggregatedCustomMetricGroup,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metric_groups = []
        _metric_groups = d.pop("metricGroups")
        for metric_groups_item_data in _metric_groups:
            metric_groups_item = (
                WorkloadoptimizationV1AggregatedCustomMetricGroup.from_dict(
                    metric_groups_item_data
                )
            )

            metric_groups.append(metric_groups_item)

        step = d.pop("step")

        workloadoptimization_v1_get_aggregated_workload_custom_metrics_v1_beta_response = cls(
            metric_groups=metric_groups,
            step=step,
        )

        workloadoptimization_v1_get_aggregated_workload_custom_metrics_v1_beta_response.additional_properties = d
        return workloadoptimization_v1_get_aggregated_workload_custom_metrics_v1_beta_response

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
