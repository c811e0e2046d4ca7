from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_allocation_group_version_details import (
        CostreportV1Beta1AllocationGroupVersionDetails,
    )
    from ..models.costreport_v1_beta_1_cost_impact import CostreportV1Beta1CostImpact
    from ..models.costreport_v1_beta_1_resources import CostreportV1Beta1Resources


T = TypeVar(
    "T",
    bound="CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostAllocationGroupItem",
)


@_attrs_define
class CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostAllocationGroupItem:
    """
    Attributes:
        cost_impact (CostreportV1Beta1CostImpact | Unset):
        group_id (str | Unset):
        group_name (str | Unset):
        requests (CostreportV1Beta1Resources | Unset):
        total_cost_impact (str | Unset):
        usage (CostreportV1Beta1Resources | Unset):
        versions (list[CostreportV1Beta1AllocationGroupVersionDetails] | Unset):
        waste (CostreportV1Beta1Resources | Unset):
        workload_count (int | Unset):
    """

    cost_impact: CostreportV1Beta1CostImpact | Unset = UNSET
    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    requests: CostreportV1Beta1Resources | Unset = UNSET
    total_cost_impact: str | Unset = UNSET
    usage: CostreportV1Beta1Resources | Unset = UNSET
    versions: list[CostreportV1Beta1AllocationGroupVersionDetails] | Unset = UNSET
    waste: CostreportV1Beta1Resources | Unset = UNSET
    workload_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_impact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_impact, Unset):
            cost_impact = self.cost_impact.to_dict()

        group_id = self.group_id

        group_name = self.group_name

        requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = self.requests.to_dict()

        total_cost_impact = self.total_cost_impact

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        waste: dict[str, Any] | Unset = UNSET
        if not isinstance(self.waste, Unset):
            waste = self.waste.to_dict()

        workload_count = self.workload_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_impact is not UNSET:
            field_dict["costImpact"] = cost_impact
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if requests is not UNSET:
            field_dict["requests"] = requests
        if total_cost_impact is not UNSET:
            field_dict["totalCostImpact"] = total_cost_impact
        if usage is not UNSET:
            field_dict["usage"] = usage
        if versions is not UNSET:
            field_dict["versions"] = versions
        if waste is not UNSET:
            field_dict["waste"] = waste
        if workload_count is not UNSET:
            field_dict["workloadCount"] = workload_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_allocation_group_version_details import (
            CostreportV1Beta1AllocationGroupVersionDetails,  # noqa: PLC0415
        )
        from ..models.costreport_v1_beta_1_cost_impact import (
            CostreportV1Beta1CostImpact,  # noqa: PLC0415
        )
        from ..models.costreport_v1_beta_1_resources import CostreportV1Beta1Resources  # noqa: PLC0415

        d = dict(src_dict)
        _cost_impact = d.pop("costImpact", UNSET)
        cost_impact: CostreportV1Beta1CostImpact | Unset
        if isinstance(_cost_impact, Unset):
            cost_impact = UNSET
        else:
            cost_impact = CostreportV1Beta1CostImpact.from_dict(_cost_impact)

        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        _requests = d.pop("requests", UNSET)
        requests: CostreportV1Beta1Resources | Unset
        if isinstance(_requests, Unset):
            requests = UNSET
        else:
            requests = CostreportV1Beta1Resources.from_dict(_requests)

        total_cost_impact = d.pop("totalCostImpact", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: CostreportV1Beta1Resources | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CostreportV1Beta1Resources.from_dict(_usage)

        _versions = d.pop("versions", UNSET)
        versions: list[CostreportV1Beta1AllocationGroupVersionDetails] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = (
                    CostreportV1Beta1AllocationGroupVersionDetails.from_dict(
                        versions_item_data
                    )
                )

                versions.append(versions_item)

        _waste = d.pop("waste", UNSET)
        waste: CostreportV1Beta1Resources | Unset
        if isinstance(_waste, Unset):
            waste = UNSET
        else:
            waste = CostreportV1Beta1Resources.from_dict(_waste)

        workload_count = d.pop("workloadCount", UNSET)

        costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_allocation_group_item = cls(
            cost_impact=cost_impact,
            group_id=group_id,
            group_name=group_name,
            requests=requests,
            total_cost_impact=total_cost_impact,
            usage=usage,
            versions=versions,
            waste=waste,
            workload_count=workload_count,
        )

        costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_allocation_group_item.additional_properties = d
        return costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_allocation_group_item

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
