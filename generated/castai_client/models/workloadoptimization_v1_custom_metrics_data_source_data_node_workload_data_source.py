from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T", bound="WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource"
)


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource:
    """
    Attributes:
        kubelet_port (int):
        metrics_path (str):
    """

    kubelet_port: int
    metrics_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kubelet_port = self.kubelet_port

        metrics_path = self.metrics_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kubeletPort": kubelet_port,
                "metricsPath": metrics_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kubelet_port = d.pop("kubeletPort")

        metrics_path = d.pop("metricsPath")

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload_data_source = cls(
            kubelet_port=kubelet_port,
            metrics_path=metrics_path,
        )

        workloadoptimization_v1_custom_metrics_data_source_data_node_workload_data_source.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_data_node_workload_data_source

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
