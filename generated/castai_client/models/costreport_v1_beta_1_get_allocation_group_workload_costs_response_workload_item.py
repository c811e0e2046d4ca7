from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="CostreportV1Beta1GetAllocationGroupWorkloadCostsResponseWorkloadItem"
)


@_attrs_define
class CostreportV1Beta1GetAllocationGroupWorkloadCostsResponseWorkloadItem:
    """
    Attributes:
        cluster_id (str | Unset):
        cpu_cost (str | Unset):
        cpu_count (str | Unset):
        gpu_cost (str | Unset):
        gpu_count (str | Unset):
        namespace (str | Unset):
        pod_count (str | Unset):
        ram_cost (str | Unset):
        ram_gib (str | Unset):
        total_cost_on_demand (str | Unset):
        total_cost_spot (str | Unset):
        total_cost_spot_fallback (str | Unset):
        total_pod_count (str | Unset):
        tpu_cost (str | Unset):
        tpu_count (str | Unset):
        workload_name (str | Unset):
        workload_type (str | Unset):
    """

    cluster_id: str | Unset = UNSET
    cpu_cost: str | Unset = UNSET
    cpu_count: str | Unset = UNSET
    gpu_cost: str | Unset = UNSET
    gpu_count: str | Unset = UNSET
    namespace: str | Unset = UNSET
    pod_count: str | Unset = UNSET
    ram_cost: str | Unset = UNSET
    ram_gib: str | Unset = UNSET
    total_cost_on_demand: str | Unset = UNSET
    total_cost_spot: str | Unset = UNSET
    total_cost_spot_fallback: str | Unset = UNSET
    total_pod_count: str | Unset = UNSET
    tpu_cost: str | Unset = UNSET
    tpu_count: str | Unset = UNSET
    workload_name: str | Unset = UNSET
    workload_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        cpu_cost = self.cpu_cost

        cpu_count = self.cpu_count

        gpu_cost = self.gpu_cost

        gpu_count = self.gpu_count

        namespace = self.namespace

        pod_count = self.pod_count

        ram_cost = self.ram_cost

        ram_gib = self.ram_gib

        total_cost_on_demand = self.total_cost_on_demand

        total_cost_spot = self.total_cost_spot

        total_cost_spot_fallback = self.total_cost_spot_fallback

        total_pod_count = self.total_pod_count

        tpu_cost = self.tpu_cost

        tpu_count = self.tpu_count

        workload_name = self.workload_name

        workload_type = self.workload_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if cpu_cost is not UNSET:
            field_dict["cpuCost"] = cpu_cost
        if cpu_count is not UNSET:
            field_dict["cpuCount"] = cpu_count
        if gpu_cost is not UNSET:
            field_dict["gpuCost"] = gpu_cost
        if gpu_count is not UNSET:
            field_dict["gpuCount"] = gpu_count
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if pod_count is not UNSET:
            field_dict["podCount"] = pod_count
        if ram_cost is not UNSET:
            field_dict["ramCost"] = ram_cost
        if ram_gib is not UNSET:
            field_dict["ramGib"] = ram_gib
        if total_cost_on_demand is not UNSET:
            field_dict["totalCostOnDemand"] = total_cost_on_demand
        if total_cost_spot is not UNSET:
            field_dict["totalCostSpot"] = total_cost_spot
        if total_cost_spot_fallback is not UNSET:
            field_dict["totalCostSpotFallback"] = total_cost_spot_fallback
        if total_pod_count is not UNSET:
            field_dict["totalPodCount"] = total_pod_count
        if tpu_cost is not UNSET:
            field_dict["tpuCost"] = tpu_cost
        if tpu_count is not UNSET:
            field_dict["tpuCount"] = tpu_count
        if workload_name is not UNSET:
            field_dict["workloadName"] = workload_name
        if workload_type is not UNSET:
            field_dict["workloadType"] = workload_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("clusterId", UNSET)

        cpu_cost = d.pop("cpuCost", UNSET)

        cpu_count = d.pop("cpuCount", UNSET)

        gpu_cost = d.pop("gpuCost", UNSET)

        gpu_count = d.pop("gpuCount", UNSET)

        namespace = d.pop("namespace", UNSET)

        pod_count = d.pop("podCount", UNSET)

        ram_cost = d.pop("ramCost", UNSET)

        ram_gib = d.pop("ramGib", UNSET)

        total_cost_on_demand = d.pop("totalCostOnDemand", UNSET)

        total_cost_spot = d.pop("totalCostSpot", UNSET)

        total_cost_spot_fallback = d.pop("totalCostSpotFallback", UNSET)

        total_pod_count = d.pop("totalPodCount", UNSET)

        tpu_cost = d.pop("tpuCost", UNSET)

        tpu_count = d.pop("tpuCount", UNSET)

        workload_name = d.pop("workloadName", UNSET)

        workload_type = d.pop("workloadType", UNSET)

        costreport_v1_beta_1_get_allocation_group_workload_costs_response_workload_item = cls(
            cluster_id=cluster_id,
            cpu_cost=cpu_cost,
            cpu_count=cpu_count,
            gpu_cost=gpu_cost,
            gpu_count=gpu_count,
            namespace=namespace,
            pod_count=pod_count,
            ram_cost=ram_cost,
            ram_gib=ram_gib,
            total_cost_on_demand=total_cost_on_demand,
            total_cost_spot=total_cost_spot,
            total_cost_spot_fallback=total_cost_spot_fallback,
            total_pod_count=total_pod_count,
            tpu_cost=tpu_cost,
            tpu_count=tpu_count,
            workload_name=workload_name,
            workload_type=workload_type,
        )

        costreport_v1_beta_1_get_allocation_group_workload_costs_response_workload_item.additional_properties = d
        return costreport_v1_beta_1_get_allocation_group_workload_costs_response_workload_item

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
