from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem",
)


@_attrs_define
class CostreportV1Beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem:
    """
    Attributes:
        cost_impact (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    cost_impact: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_impact = self.cost_impact

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_impact is not UNSET:
            field_dict["costImpact"] = cost_impact
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_impact = d.pop("costImpact", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_impact_history_item = cls(
            cost_impact=cost_impact,
            timestamp=timestamp,
        )

        costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_impact_history_item.additional_properties = d
        return costreport_v1_beta_1_get_allocation_group_efficiency_summary_response_cost_impact_history_item

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
