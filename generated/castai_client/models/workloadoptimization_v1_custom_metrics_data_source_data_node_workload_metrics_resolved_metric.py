from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric_origin import (
    WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin,
    check_workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric_origin,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric",
)


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric:
    """
    Attributes:
        name (str):
        origin (WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin):
        errors (list[str] | Unset):
        warnings (list[str] | Unset):
    """

    name: str
    origin: WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin
    errors: list[str] | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        origin: str = self.origin

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "origin": origin,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        origin = check_workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric_origin(
            d.pop("origin")
        )

        errors = cast(list[str], d.pop("errors", UNSET))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric = cls(
            name=name,
            origin=origin,
            errors=errors,
            warnings=warnings,
        )

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric

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
