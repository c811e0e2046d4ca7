from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_pod_metadata import (
        WorkloadoptimizationV1PodMetadata,
    )
    from ..models.workloadoptimization_v1_workload import WorkloadoptimizationV1Workload
    from ..models.workloadoptimization_v1_workload_metrics import (
        WorkloadoptimizationV1WorkloadMetrics,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadResponse:
    """
    Attributes:
        pods (list[WorkloadoptimizationV1PodMetadata]):
        workload (WorkloadoptimizationV1Workload):
        metrics (WorkloadoptimizationV1WorkloadMetrics | Unset):
    """

    pods: list[WorkloadoptimizationV1PodMetadata]
    workload: WorkloadoptimizationV1Workload
    metrics: WorkloadoptimizationV1WorkloadMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pods = []
        for pods_item_data in self.pods:
            pods_item = pods_item_data.to_dict()
            pods.append(pods_item)

        workload = self.workload.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pods": pods,
                "workload": workload,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_pod_metadata import (
            WorkloadoptimizationV1PodMetadata,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload import (
            WorkloadoptimizationV1Workload,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_metrics import (
            WorkloadoptimizationV1WorkloadMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        pods = []
        _pods = d.pop("pods")
        for pods_item_data in _pods:
            pods_item = WorkloadoptimizationV1PodMetadata.from_dict(pods_item_data)

            pods.append(pods_item)

        workload = WorkloadoptimizationV1Workload.from_dict(d.pop("workload"))

        _metrics = d.pop("metrics", UNSET)
        metrics: WorkloadoptimizationV1WorkloadMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = WorkloadoptimizationV1WorkloadMetrics.from_dict(_metrics)

        workloadoptimization_v1_get_workload_response = cls(
            pods=pods,
            workload=workload,
            metrics=metrics,
        )

        workloadoptimization_v1_get_workload_response.additional_properties = d
        return workloadoptimization_v1_get_workload_response

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
