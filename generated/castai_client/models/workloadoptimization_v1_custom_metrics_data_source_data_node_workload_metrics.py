from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric import (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric,
    )


T = TypeVar(
    "T", bound="WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics"
)


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics:
    """
    Attributes:
        presets (list[str] | Unset):
        resolved (list[WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric] | Unset):
    """

    presets: list[str] | Unset = UNSET
    resolved: (
        list[
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presets: list[str] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = self.presets

        resolved: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resolved, Unset):
            resolved = []
            for resolved_item_data in self.resolved:
                resolved_item = resolved_item_data.to_dict()
                resolved.append(resolved_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presets is not UNSET:
            field_dict["presets"] = presets
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric import (
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric,  # noqa: PLC0415
        )

        d = dict(src_dict)
        presets = cast(list[str], d.pop("presets", UNSET))

        _resolved = d.pop("resolved", UNSET)
        resolved: (
            list[
                WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric
            ]
            | Unset
        ) = UNSET
        if _resolved is not UNSET:
            resolved = []
            for resolved_item_data in _resolved:
                resolved_item = WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric.from_dict(
                    resolved_item_data
                )

                resolved.append(resolved_item)

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics = cls(
            presets=presets,
            resolved=resolved,
        )

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics

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
