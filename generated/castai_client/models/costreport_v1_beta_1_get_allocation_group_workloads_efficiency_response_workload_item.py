from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_cost_impact import CostreportV1Beta1CostImpact
    from ..models.costreport_v1_beta_1_resources import CostreportV1Beta1Resources


T = TypeVar(
    "T",
    bound="CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem",
)


@_attrs_define
class CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem:
    """
    Attributes:
        cluster_id (str | Unset):
        cost_impact (CostreportV1Beta1CostImpact | Unset):
        namespace (str | Unset):
        pod_count (str | Unset):
        requests (CostreportV1Beta1Resources | Unset):
        total_cost_impact (str | Unset):
        total_pod_count (str | Unset):
        usage (CostreportV1Beta1Resources | Unset):
        waste (CostreportV1Beta1Resources | Unset):
        workload_name (str | Unset):
        workload_type (str | Unset):
    """

    cluster_id: str | Unset = UNSET
    cost_impact: CostreportV1Beta1CostImpact | Unset = UNSET
    namespace: str | Unset = UNSET
    pod_count: str | Unset = UNSET
    requests: CostreportV1Beta1Resources | Unset = UNSET
    total_cost_impact: str | Unset = UNSET
    total_pod_count: str | Unset = UNSET
    usage: CostreportV1Beta1Resources | Unset = UNSET
    waste: CostreportV1Beta1Resources | Unset = UNSET
    workload_name: str | Unset = UNSET
    workload_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        cost_impact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_impact, Unset):
            cost_impact = self.cost_impact.to_dict()

        namespace = self.namespace

        pod_count = self.pod_count

        requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = self.requests.to_dict()

        total_cost_impact = self.total_cost_impact

        total_pod_count = self.total_pod_count

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        waste: dict[str, Any] | Unset = UNSET
        if not isinstance(self.waste, Unset):
            waste = self.waste.to_dict()

        workload_name = self.workload_name

        workload_type = self.workload_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if cost_impact is not UNSET:
            field_dict["costImpact"] = cost_impact
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if pod_count is not UNSET:
            field_dict["podCount"] = pod_count
        if requests is not UNSET:
            field_dict["requests"] = requests
        if total_cost_impact is not UNSET:
            field_dict["totalCostImpact"] = total_cost_impact
        if total_pod_count is not UNSET:
            field_dict["totalPodCount"] = total_pod_count
        if usage is not UNSET:
            field_dict["usage"] = usage
        if waste is not UNSET:
            field_dict["waste"] = waste
        if workload_name is not UNSET:
            field_dict["workloadName"] = workload_name
        if workload_type is not UNSET:
            field_dict["workloadType"] = workload_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_cost_impact import (
            CostreportV1Beta1CostImpact,  # noqa: PLC0415
        )
        from ..models.costreport_v1_beta_1_resources import CostreportV1Beta1Resources  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("clusterId", UNSET)

        _cost_impact = d.pop("costImpact", UNSET)
        cost_impact: CostreportV1Beta1CostImpact | Unset
        if isinstance(_cost_impact, Unset):
            cost_impact = UNSET
        else:
            cost_impact = CostreportV1Beta1CostImpact.from_dict(_cost_impact)

        namespace = d.pop("namespace", UNSET)

        pod_count = d.pop("podCount", UNSET)

        _requests = d.pop("requests", UNSET)
        requests: CostreportV1Beta1Resources | Unset
        if isinstance(_requests, Unset):
            requests = UNSET
        else:
            requests = CostreportV1Beta1Resources.from_dict(_requests)

        total_cost_impact = d.pop("totalCostImpact", UNSET)

        total_pod_count = d.pop("totalPodCount", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: CostreportV1Beta1Resources | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CostreportV1Beta1Resources.from_dict(_usage)

        _waste = d.pop("waste", UNSET)
        waste: CostreportV1Beta1Resources | Unset
        if isinstance(_waste, Unset):
            waste = UNSET
        else:
            waste = CostreportV1Beta1Resources.from_dict(_waste)

        workload_name = d.pop("workloadName", UNSET)

        workload_type = d.pop("workloadType", UNSET)

        costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response_workload_item = cls(
            cluster_id=cluster_id,
            cost_impact=cost_impact,
            namespace=namespace,
            pod_count=pod_count,
            requests=requests,
            total_cost_impact=total_cost_impact,
            total_pod_count=total_pod_count,
            usage=usage,
            waste=waste,
            workload_name=workload_name,
            workload_type=workload_type,
        )

        costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response_workload_item.additional_properties = d
        return costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response_workload_item

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
