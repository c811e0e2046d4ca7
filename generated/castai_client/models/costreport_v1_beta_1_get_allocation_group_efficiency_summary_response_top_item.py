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
    from ..models.costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_impact_history_item import (
        CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem,
    )


T = TypeVar(
    "T", bound="CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseTopItem"
)


@_attrs_define
class CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseTopItem:
    """
    Attributes:
        cost_impact_history (list[CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem] |
            Unset):
        group_id (str | Unset):
        group_name (str | Unset):
        total_cost_impact (str | Unset):
        versions (list[CostreportV1Beta1AllocationGroupVersionDetails] | Unset):
    """

    cost_impact_history: (
        list[
            CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem
        ]
        | Unset
    ) = UNSET
    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    total_cost_impact: str | Unset = UNSET
    versions: list[CostreportV1Beta1AllocationGroupVersionDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_impact_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_impact_history, Unset):
            cost_impact_history = []
            for cost_impact_history_item_data in self.cost_impact_history:
                cost_impact_history_item = cost_impact_history_item_data.to_dict()
                cost_impact_history.append(cost_impact_history_item)

        group_id = self.group_id

        group_name = self.group_name

        total_cost_impact = self.total_cost_impact

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_impact_history is not UNSET:
            field_dict["costImpactHistory"] = cost_impact_history
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if total_cost_impact is not UNSET:
            field_dict["totalCostImpact"] = total_cost_impact
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_allocation_group_version_details import (
            CostreportV1Beta1AllocationGroupVersionDetails,  # noqa: PLC0415
        )
        from ..models.costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_impact_history_item import (
            CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _cost_impact_history = d.pop("costImpactHistory", UNSET)
        cost_impact_history: (
            list[
                CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem
            ]
            | Unset
        ) = UNSET
        if _cost_impact_history is not UNSET:
            cost_impact_history = []
            for cost_impact_history_item_data in _cost_impact_history:
                cost_impact_history_item = CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem.from_dict(
                    cost_impact_history_item_data
                )

                cost_impact_history.append(cost_impact_history_item)

        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        total_cost_impact = d.pop("totalCostImpact", UNSET)

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

        costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_top_item = cls(
            cost_impact_history=cost_impact_history,
            group_id=group_id,
            group_name=group_name,
            total_cost_impact=total_cost_impact,
            versions=versions,
        )

        costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_top_item.additional_properties = d
        return costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_top_item

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
