from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_aggregated_cpu_stall_metrics import (
        WorkloadoptimizationV1AggregatedCPUStallMetrics,
    )
    from ..models.workloadoptimization_v1_aggregated_metrics import (
        WorkloadoptimizationV1AggregatedMetrics,
    )
    from ..models.workloadoptimization_v1_aggregated_prediction_metrics import (
        WorkloadoptimizationV1AggregatedPredictionMetrics,
    )
    from ..models.workloadoptimization_v1_resource_metrics import (
        WorkloadoptimizationV1ResourceMetrics,
    )
    from ..models.workloadoptimization_v1_resources import (
        WorkloadoptimizationV1Resources,
    )
    from ..models.workloadoptimization_v1jvm_container_metrics import (
        WorkloadoptimizationV1JVMContainerMetrics,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadMetricContainer")


@_attrs_define
class WorkloadoptimizationV1WorkloadMetricContainer:
    """
    Attributes:
        cpu_cores (list[WorkloadoptimizationV1ResourceMetrics]):
        cpu_cores_aggregated (WorkloadoptimizationV1AggregatedMetrics):
        memory_gib (list[WorkloadoptimizationV1ResourceMetrics]):
        memory_gib_aggregated (WorkloadoptimizationV1AggregatedMetrics):
        name (str):
        cpu_cores_predictions_aggregated (WorkloadoptimizationV1AggregatedPredictionMetrics | Unset):
        cpu_stall_pct (list[WorkloadoptimizationV1ResourceMetrics] | Unset):
        cpu_stall_pct_aggregated (WorkloadoptimizationV1AggregatedCPUStallMetrics | Unset):
        first_seen_resources (WorkloadoptimizationV1Resources | Unset):
        jvm (WorkloadoptimizationV1JVMContainerMetrics | Unset):
    """

    cpu_cores: list[WorkloadoptimizationV1ResourceMetrics]
    cpu_cores_aggregated: WorkloadoptimizationV1AggregatedMetrics
    memory_gib: list[WorkloadoptimizationV1ResourceMetrics]
    memory_gib_aggregated: WorkloadoptimizationV1AggregatedMetrics
    name: str
    cpu_cores_predictions_aggregated: (
        WorkloadoptimizationV1AggregatedPredictionMetrics | Unset
    ) = UNSET
    cpu_stall_pct: list[WorkloadoptimizationV1ResourceMetrics] | Unset = UNSET
    cpu_stall_pct_aggregated: (
        WorkloadoptimizationV1AggregatedCPUStallMetrics | Unset
    ) = UNSET
    first_seen_resources: WorkloadoptimizationV1Resources | Unset = UNSET
    jvm: WorkloadoptimizationV1JVMContainerMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_cores = []
        for cpu_cores_item_data in self.cpu_cores:
            cpu_cores_item = cpu_cores_item_data.to_dict()
            cpu_cores.append(cpu_cores_item)

        cpu_cores_aggregated = self.cpu_cores_aggregated.to_dict()

        memory_gib = []
        for memory_gib_item_data in self.memory_gib:
            memory_gib_item = memory_gib_item_data.to_dict()
            memory_gib.append(memory_gib_item)

        memory_gib_aggregated = self.memory_gib_aggregated.to_dict()

        name = self.name

        cpu_cores_predictions_aggregated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_cores_predictions_aggregated, Unset):
            cpu_cores_predictions_aggregated = (
                self.cpu_cores_predictions_aggregated.to_dict()
            )

        cpu_stall_pct: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpu_stall_pct, Unset):
            cpu_stall_pct = []
            for cpu_stall_pct_item_data in self.cpu_stall_pct:
                cpu_stall_pct_item = cpu_stall_pct_item_data.to_dict()
                cpu_stall_pct.append(cpu_stall_pct_item)

        cpu_stall_pct_aggregated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_stall_pct_aggregated, Unset):
            cpu_stall_pct_aggregated = self.cpu_stall_pct_aggregated.to_dict()

        first_seen_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_seen_resources, Unset):
            first_seen_resources = self.first_seen_resources.to_dict()

        jvm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jvm, Unset):
            jvm = self.jvm.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpuCores": cpu_cores,
                "cpuCoresAggregated": cpu_cores_aggregated,
                "memoryGib": memory_gib,
                "memoryGibAggregated": memory_gib_aggregated,
                "name": name,
            }
        )
        if cpu_cores_predictions_aggregated is not UNSET:
            field_dict["cpuCoresPredictionsAggregated"] = (
                cpu_cores_predictions_aggregated
            )
        if cpu_stall_pct is not UNSET:
            field_dict["cpuStallPct"] = cpu_stall_pct
        if cpu_stall_pct_aggregated is not UNSET:
            field_dict["cpuStallPctAggregated"] = cpu_stall_pct_aggregated
        if first_seen_resources is not UNSET:
            field_dict["firstSeenResources"] = first_seen_resources
        if jvm is not UNSET:
            field_dict["jvm"] = jvm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_aggregated_cpu_stall_metrics import (
            WorkloadoptimizationV1AggregatedCPUStallMetrics,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_aggregated_metrics import (
            WorkloadoptimizationV1AggregatedMetrics,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_aggregated_prediction_metrics import (
            WorkloadoptimizationV1AggregatedPredictionMetrics,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resource_metrics import (
            WorkloadoptimizationV1ResourceMetrics,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resources import (
            WorkloadoptimizationV1Resources,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1jvm_container_metrics import (
            WorkloadoptimizationV1JVMContainerMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cpu_cores = []
        _cpu_cores = d.pop("cpuCores")
        for cpu_cores_item_data in _cpu_cores:
            cpu_cores_item = WorkloadoptimizationV1ResourceMetrics.from_dict(
                cpu_cores_item_data
            )

            cpu_cores.append(cpu_cores_item)

        cpu_cores_aggregated = WorkloadoptimizationV1AggregatedMetrics.from_dict(
            d.pop("cpuCoresAggregated")
        )

        memory_gib = []
        _memory_gib = d.pop("memoryGib")
        for memory_gib_item_data in _memory_gib:
            memory_gib_item = WorkloadoptimizationV1ResourceMetrics.from_dict(
                memory_gib_item_data
            )

            memory_gib.append(memory_gib_item)

        memory_gib_aggregated = WorkloadoptimizationV1AggregatedMetrics.from_dict(
            d.pop("memoryGibAggregated")
        )

        name = d.pop("name")

        _cpu_cores_predictions_aggregated = d.pop(
            "cpuCoresPredictionsAggregated", UNSET
        )
        cpu_cores_predictions_aggregated: (
            WorkloadoptimizationV1AggregatedPredictionMetrics | Unset
        )
        if isinstance(_cpu_cores_predictions_aggregated, Unset):
            cpu_cores_predictions_aggregated = UNSET
        else:
            cpu_cores_predictions_aggregated = (
                WorkloadoptimizationV1AggregatedPredictionMetrics.from_dict(
                    _cpu_cores_predictions_aggregated
                )
            )

        _cpu_stall_pct = d.pop("cpuStallPct", UNSET)
        cpu_stall_pct: list[WorkloadoptimizationV1ResourceMetrics] | Unset = UNSET
        if _cpu_stall_pct is not UNSET:
            cpu_stall_pct = []
            for cpu_stall_pct_item_data in _cpu_stall_pct:
                cpu_stall_pct_item = WorkloadoptimizationV1ResourceMetrics.from_dict(
                    cpu_stall_pct_item_data
                )

                cpu_stall_pct.append(cpu_stall_pct_item)

        _cpu_stall_pct_aggregated = d.pop("cpuStallPctAggregated", UNSET)
        cpu_stall_pct_aggregated: (
            WorkloadoptimizationV1AggregatedCPUStallMetrics | Unset
        )
        if isinstance(_cpu_stall_pct_aggregated, Unset):
            cpu_stall_pct_aggregated = UNSET
        else:
            cpu_stall_pct_aggregated = (
                WorkloadoptimizationV1AggregatedCPUStallMetrics.from_dict(
                    _cpu_stall_pct_aggregated
                )
            )

        _first_seen_resources = d.pop("firstSeenResources", UNSET)
        first_seen_resources: WorkloadoptimizationV1Resources | Unset
        if isinstance(_first_seen_resources, Unset):
            first_seen_resources = UNSET
        else:
            first_seen_resources = WorkloadoptimizationV1Resources.from_dict(
                _first_seen_resources
            )

        _jvm = d.pop("jvm", UNSET)
        jvm: WorkloadoptimizationV1JVMContainerMetrics | Unset
        if isinstance(_jvm, Unset):
            jvm = UNSET
        else:
            jvm = WorkloadoptimizationV1JVMContainerMetrics.from_dict(_jvm)

        workloadoptimization_v1_workload_metric_container = cls(
            cpu_cores=cpu_cores,
            cpu_cores_aggregated=cpu_cores_aggregated,
            memory_gib=memory_gib,
            memory_gib_aggregated=memory_gib_aggregated,
            name=name,
            cpu_cores_predictions_aggregated=cpu_cores_predictions_aggregated,
            cpu_stall_pct=cpu_stall_pct,
            cpu_stall_pct_aggregated=cpu_stall_pct_aggregated,
            first_seen_resources=first_seen_resources,
            jvm=jvm,
        )

        workloadoptimization_v1_workload_metric_container.additional_properties = d
        return workloadoptimization_v1_workload_metric_container

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
