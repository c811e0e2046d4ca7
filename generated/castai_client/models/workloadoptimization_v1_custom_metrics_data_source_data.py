from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload import (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload,
    )
    from ..models.workloadoptimization_v1_custom_metrics_data_source_data_prometheus import (
        WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1CustomMetricsDataSourceData")


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceData:
    """
    Attributes:
        node_workload (WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload | Unset):
        prometheus (WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus | Unset):
    """

    node_workload: (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload | Unset
    ) = UNSET
    prometheus: WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_workload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_workload, Unset):
            node_workload = self.node_workload.to_dict()

        prometheus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prometheus, Unset):
            prometheus = self.prometheus.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_workload is not UNSET:
            field_dict["nodeWorkload"] = node_workload
        if prometheus is not UNSET:
            field_dict["prometheus"] = prometheus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_data_node_workload import (
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_custom_metrics_data_source_data_prometheus import (
            WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _node_workload = d.pop("nodeWorkload", UNSET)
        node_workload: (
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload | Unset
        )
        if isinstance(_node_workload, Unset):
            node_workload = UNSET
        else:
            node_workload = (
                WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload.from_dict(
                    _node_workload
                )
            )

        _prometheus = d.pop("prometheus", UNSET)
        prometheus: WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus | Unset
        if isinstance(_prometheus, Unset):
            prometheus = UNSET
        else:
            prometheus = (
                WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus.from_dict(
                    _prometheus
                )
            )

        workloadoptimization_v1_custom_metrics_data_source_data = cls(
            node_workload=node_workload,
            prometheus=prometheus,
        )

        workloadoptimization_v1_custom_metrics_data_source_data.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_data

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
