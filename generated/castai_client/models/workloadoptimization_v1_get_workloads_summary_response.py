from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_costs import WorkloadoptimizationV1Costs


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadsSummaryResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadsSummaryResponse:
    """
    Attributes:
        annotation_managed_count (int):
        api_managed_count (int):
        cpu_cores_difference (float):
        hpa_optimized_count (int):
        hpa_vpa_optimized_count (int):
        memory_difference (float):
        optimized_count (int):
        original_requested_cpu_cores (float):
        original_requested_memory_gibs (float):
        recommended_cpu_cores (float):
        recommended_memory (float):
        requested_cpu_cores (float):
        requested_memory (float):
        total_count (int):
        usage_cpu_cores (float):
        usage_memory_gibs (float):
        vpa_optimized_count (int):
        costs_per_hour (WorkloadoptimizationV1Costs | Unset):
    """

    annotation_managed_count: int
    api_managed_count: int
    cpu_cores_difference: float
    hpa_optimized_count: int
    hpa_vpa_optimized_count: int
    memory_difference: float
    optimized_count: int
    original_requested_cpu_cores: float
    original_requested_memory_gibs: float
    recommended_cpu_cores: float
    recommended_memory: float
    requested_cpu_cores: float
    requested_memory: float
    total_count: int
    usage_cpu_cores: float
    usage_memory_gibs: float
    vpa_optimized_count: int
    costs_per_hour: WorkloadoptimizationV1Costs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_managed_count = self.annotation_managed_count

        api_managed_count = self.api_managed_count

        cpu_cores_difference = self.cpu_cores_difference

        hpa_optimized_count = self.hpa_optimized_count

        hpa_vpa_optimized_count = self.hpa_vpa_optimized_count

        memory_difference = self.memory_difference

        optimized_count = self.optimized_count

        original_requested_cpu_cores = self.original_requested_cpu_cores

        original_requested_memory_gibs = self.original_requested_memory_gibs

        recommended_cpu_cores = self.recommended_cpu_cores

        recommended_memory = self.recommended_memory

        requested_cpu_cores = self.requested_cpu_cores

        requested_memory = self.requested_memory

        total_count = self.total_count

        usage_cpu_cores = self.usage_cpu_cores

        usage_memory_gibs = self.usage_memory_gibs

        vpa_optimized_count = self.vpa_optimized_count

        costs_per_hour: dict[str, Any] | Unset = UNSET
        if not isinstance(self.costs_per_hour, Unset):
            costs_per_hour = self.costs_per_hour.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotationManagedCount": annotation_managed_count,
                "apiManagedCount": api_managed_count,
                "cpuCoresDifference": cpu_cores_difference,
                "hpaOptimizedCount": hpa_optimized_count,
                "hpaVpaOptimizedCount": hpa_vpa_optimized_count,
                "memoryDifference": memory_difference,
                "optimizedCount": optimized_count,
                "originalRequestedCpuCores": original_requested_cpu_cores,
                "originalRequestedMemoryGibs": original_requested_memory_gibs,
                "recommendedCpuCores": recommended_cpu_cores,
                "recommendedMemory": recommended_memory,
                "requestedCpuCores": requested_cpu_cores,
                "requestedMemory": requested_memory,
                "totalCount": total_count,
                "usageCpuCores": usage_cpu_cores,
                "usageMemoryGibs": usage_memory_gibs,
                "vpaOptimizedCount": vpa_optimized_count,
            }
        )
        if costs_per_hour is not UNSET:
            field_dict["costsPerHour"] = costs_per_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_costs import WorkloadoptimizationV1Costs  # noqa: PLC0415

        d = dict(src_dict)
        annotation_managed_count = d.pop("annotationManagedCount")

        api_managed_count = d.pop("apiManagedCount")

        cpu_cores_difference = d.pop("cpuCoresDifference")

        hpa_optimized_count = d.pop("hpaOptimizedCount")

        hpa_vpa_optimized_count = d.pop("hpaVpaOptimizedCount")

        memory_difference = d.pop("memoryDifference")

        optimized_count = d.pop("optimizedCount")

        original_requested_cpu_cores = d.pop("originalRequestedCpuCores")

        original_requested_memory_gibs = d.pop("originalRequestedMemoryGibs")

        recommended_cpu_cores = d.pop("recommendedCpuCores")

        recommended_memory = d.pop("recommendedMemory")

        requested_cpu_cores = d.pop("requestedCpuCores")

        requested_memory = d.pop("requestedMemory")

        total_count = d.pop("totalCount")

        usage_cpu_cores = d.pop("usageCpuCores")

        usage_memory_gibs = d.pop("usageMemoryGibs")

        vpa_optimized_count = d.pop("vpaOptimizedCount")

        _costs_per_hour = d.pop("costsPerHour", UNSET)
        costs_per_hour: WorkloadoptimizationV1Costs | Unset
        if isinstance(_costs_per_hour, Unset):
            costs_per_hour = UNSET
        else:
            costs_per_hour = WorkloadoptimizationV1Costs.from_dict(_costs_per_hour)

        workloadoptimization_v1_get_workloads_summary_response = cls(
            annotation_managed_count=annotation_managed_count,
            api_managed_count=api_managed_count,
            cpu_cores_difference=cpu_cores_difference,
            hpa_optimized_count=hpa_optimized_count,
            hpa_vpa_optimized_count=hpa_vpa_optimized_count,
            memory_difference=memory_difference,
            optimized_count=optimized_count,
            original_requested_cpu_cores=original_requested_cpu_cores,
            original_requested_memory_gibs=original_requested_memory_gibs,
            recommended_cpu_cores=recommended_cpu_cores,
            recommended_memory=recommended_memory,
            requested_cpu_cores=requested_cpu_cores,
            requested_memory=requested_memory,
            total_count=total_count,
            usage_cpu_cores=usage_cpu_cores,
            usage_memory_gibs=usage_memory_gibs,
            vpa_optimized_count=vpa_optimized_count,
            costs_per_hour=costs_per_hour,
        )

        workloadoptimization_v1_get_workloads_summary_response.additional_properties = d
        return workloadoptimization_v1_get_workloads_summary_response

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
