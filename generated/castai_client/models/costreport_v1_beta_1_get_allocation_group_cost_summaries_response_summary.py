from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="CostreportV1Beta1GetAllocationGroupCostSummariesResponseSummary"
)


@_attrs_define
class CostreportV1Beta1GetAllocationGroupCostSummariesResponseSummary:
    """
    Attributes:
        cpu_cost (str | Unset):
        cpu_count (str | Unset):
        gpu_cost (str | Unset):
        gpu_count (str | Unset):
        ram_cost (str | Unset):
        ram_gib (str | Unset):
        requested_cpu_hours (str | Unset):
        requested_gpu_hours (str | Unset):
        requested_ram_gib_hours (str | Unset):
        requested_storage_gib_hours (str | Unset):
        requested_tpu_hours (str | Unset):
        total_cost_on_demand (str | Unset):
        total_cost_spot (str | Unset):
        total_cost_spot_fallback (str | Unset):
        tpu_cost (str | Unset):
        tpu_count (str | Unset):
        workload_count (str | Unset):
    """

    cpu_cost: str | Unset = UNSET
    cpu_count: str | Unset = UNSET
    gpu_cost: str | Unset = UNSET
    gpu_count: str | Unset = UNSET
    ram_cost: str | Unset = UNSET
    ram_gib: str | Unset = UNSET
    requested_cpu_hours: str | Unset = UNSET
    requested_gpu_hours: str | Unset = UNSET
    requested_ram_gib_hours: str | Unset = UNSET
    requested_storage_gib_hours: str | Unset = UNSET
    requested_tpu_hours: str | Unset = UNSET
    total_cost_on_demand: str | Unset = UNSET
    total_cost_spot: str | Unset = UNSET
    total_cost_spot_fallback: str | Unset = UNSET
    tpu_cost: str | Unset = UNSET
    tpu_count: str | Unset = UNSET
    workload_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_cost = self.cpu_cost

        cpu_count = self.cpu_count

        gpu_cost = self.gpu_cost

        gpu_count = self.gpu_count

        ram_cost = self.ram_cost

        ram_gib = self.ram_gib

        requested_cpu_hours = self.requested_cpu_hours

        requested_gpu_hours = self.requested_gpu_hours

        requested_ram_gib_hours = self.requested_ram_gib_hours

        requested_storage_gib_hours = self.requested_storage_gib_hours

        requested_tpu_hours = self.requested_tpu_hours

        total_cost_on_demand = self.total_cost_on_demand

        total_cost_spot = self.total_cost_spot

        total_cost_spot_fallback = self.total_cost_spot_fallback

        tpu_cost = self.tpu_cost

        tpu_count = self.tpu_count

        workload_count = self.workload_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_cost is not UNSET:
            field_dict["cpuCost"] = cpu_cost
        if cpu_count is not UNSET:
            field_dict["cpuCount"] = cpu_count
        if gpu_cost is not UNSET:
            field_dict["gpuCost"] = gpu_cost
        if gpu_count is not UNSET:
            field_dict["gpuCount"] = gpu_count
        if ram_cost is not UNSET:
            field_dict["ramCost"] = ram_cost
        if ram_gib is not UNSET:
            field_dict["ramGib"] = ram_gib
        if requested_cpu_hours is not UNSET:
            field_dict["requestedCpuHours"] = requested_cpu_hours
        if requested_gpu_hours is not UNSET:
            field_dict["requestedGpuHours"] = requested_gpu_hours
        if requested_ram_gib_hours is not UNSET:
            field_dict["requestedRamGibHours"] = requested_ram_gib_hours
        if requested_storage_gib_hours is not UNSET:
            field_dict["requestedStorageGibHours"] = requested_storage_gib_hours
        if requested_tpu_hours is not UNSET:
            field_dict["requestedTpuHours"] = requested_tpu_hours
        if total_cost_on_demand is not UNSET:
            field_dict["totalCostOnDemand"] = total_cost_on_demand
        if total_cost_spot is not UNSET:
            field_dict["totalCostSpot"] = total_cost_spot
        if total_cost_spot_fallback is not UNSET:
            field_dict["totalCostSpotFallback"] = total_cost_spot_fallback
        if tpu_cost is not UNSET:
            field_dict["tpuCost"] = tpu_cost
        if tpu_count is not UNSET:
            field_dict["tpuCount"] = tpu_count
        if workload_count is not UNSET:
            field_dict["workloadCount"] = workload_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_cost = d.pop("cpuCost", UNSET)

        cpu_count = d.pop("cpuCount", UNSET)

        gpu_cost = d.pop("gpuCost", UNSET)

        gpu_count = d.pop("gpuCount", UNSET)

        ram_cost = d.pop("ramCost", UNSET)

        ram_gib = d.pop("ramGib", UNSET)

        requested_cpu_hours = d.pop("requestedCpuHours", UNSET)

        requested_gpu_hours = d.pop("requestedGpuHours", UNSET)

        requested_ram_gib_hours = d.pop("requestedRamGibHours", UNSET)

        requested_storage_gib_hours = d.pop("requestedStorageGibHours", UNSET)

        requested_tpu_hours = d.pop("requestedTpuHours", UNSET)

        total_cost_on_demand = d.pop("totalCostOnDemand", UNSET)

        total_cost_spot = d.pop("totalCostSpot", UNSET)

        total_cost_spot_fallback = d.pop("totalCostSpotFallback", UNSET)

        tpu_cost = d.pop("tpuCost", UNSET)

        tpu_count = d.pop("tpuCount", UNSET)

        workload_count = d.pop("workloadCount", UNSET)

        costreport_v1_beta_1_get_allocation_group_cost_summaries_response_summary = cls(
            cpu_cost=cpu_cost,
            cpu_count=cpu_count,
            gpu_cost=gpu_cost,
            gpu_count=gpu_count,
            ram_cost=ram_cost,
            ram_gib=ram_gib,
            requested_cpu_hours=requested_cpu_hours,
            requested_gpu_hours=requested_gpu_hours,
            requested_ram_gib_hours=requested_ram_gib_hours,
            requested_storage_gib_hours=requested_storage_gib_hours,
            requested_tpu_hours=requested_tpu_hours,
            total_cost_on_demand=total_cost_on_demand,
            total_cost_spot=total_cost_spot,
            total_cost_spot_fallback=total_cost_spot_fallback,
            tpu_cost=tpu_cost,
            tpu_count=tpu_count,
            workload_count=workload_count,
        )

        costreport_v1_beta_1_get_allocation_group_cost_summaries_response_summary.additional_properties = d
        return costreport_v1_beta_1_get_allocation_group_cost_summaries_response_summary

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
