from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload_data_source import (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource,
    )
    from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics import (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload")


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload:
    """
    Attributes:
        data_source (WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource):
        metrics (WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics | Unset):
    """

    data_source: WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource
    metrics: (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_source = self.data_source.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSource": data_source,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload_data_source import (
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics import (
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data_source = WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource.from_dict(
            d.pop("dataSource")
        )

        _metrics = d.pop("metrics", UNSET)
        metrics: (
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics | Unset
        )
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics.from_dict(
                _metrics
            )

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload = cls(
            data_source=data_source,
            metrics=metrics,
        )

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_data_node_workload

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
