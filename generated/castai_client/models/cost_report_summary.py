from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostReportSummary")


@_attrs_define
class CostReportSummary:
    """Totals over the whole report window.

    Attributes:
        total_cost (str | Unset): USD over the window. Example: 1381.68.
        total_cost_on_demand (str | Unset):  Example: 926.28.
        total_cost_spot (str | Unset):  Example: 455.40.
        total_cost_spot_fallback (str | Unset):  Example: 0.
    """

    total_cost: str | Unset = UNSET
    total_cost_on_demand: str | Unset = UNSET
    total_cost_spot: str | Unset = UNSET
    total_cost_spot_fallback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cost = self.total_cost

        total_cost_on_demand = self.total_cost_on_demand

        total_cost_spot = self.total_cost_spot

        total_cost_spot_fallback = self.total_cost_spot_fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_cost_on_demand is not UNSET:
            field_dict["totalCostOnDemand"] = total_cost_on_demand
        if total_cost_spot is not UNSET:
            field_dict["totalCostSpot"] = total_cost_spot
        if total_cost_spot_fallback is not UNSET:
            field_dict["totalCostSpotFallback"] = total_cost_spot_fallback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_cost = d.pop("totalCost", UNSET)

        total_cost_on_demand = d.pop("totalCostOnDemand", UNSET)

        total_cost_spot = d.pop("totalCostSpot", UNSET)

        total_cost_spot_fallback = d.pop("totalCostSpotFallback", UNSET)

        cost_report_summary = cls(
            total_cost=total_cost,
            total_cost_on_demand=total_cost_on_demand,
            total_cost_spot=total_cost_spot,
            total_cost_spot_fallback=total_cost_spot_fallback,
        )

        cost_report_summary.additional_properties = d
        return cost_report_summary

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
