from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_data_prometheus_metrics_resolved_metric_query import (
        WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQuery,
    )


T = TypeVar(
    "T",
    bound="WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetric",
)


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetric:
    """
    Attributes:
        name (str):
        queries (list[WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQuery]):
        errors (list[str] | Unset):
        warnings (list[str] | Unset):
    """

    name: str
    queries: list[
        WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQuery
    ]
    errors: list[str] | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        queries = []
        for queries_item_data in self.queries:
            queries_item = queries_item_data.to_dict()
            queries.append(queries_item)

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
                "queries": queries,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_data_prometheus_metrics_resolved_metric_query import (
            WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQuery,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        queries = []
        _queries = d.pop("queries")
        for queries_item_data in _queries:
            queries_item = WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQuery.from_dict(
                queries_item_data
            )

            queries.append(queries_item)

        errors = cast(list[str], d.pop("errors", UNSET))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        workloadoptimization_v1_custom_metrics_data_source_data_prometheus_metrics_resolved_metric = cls(
            name=name,
            queries=queries,
            errors=errors,
            warnings=warnings,
        )

        workloadoptimization_v1_custom_metrics_data_source_data_prometheus_metrics_resolved_metric.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_data_prometheus_metrics_resolved_metric

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
