from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostReportItem")


@_attrs_define
class CostReportItem:
    """Average hourly cost and capacity during one report bucket.

    Attributes:
        timestamp (datetime.datetime):  Example: 2026-07-01T00:00:00Z.
        cost_on_demand (str | Unset): USD per hour. Example: 1.2450.
        cost_spot (str | Unset): USD per hour. Example: 0.6120.
        cost_spot_fallback (str | Unset): USD per hour. Example: 0.
        cpu_count_on_demand (str | Unset):  Example: 16.
        cpu_count_spot (str | Unset):  Example: 24.
        cpu_count_spot_fallback (str | Unset):  Example: 0.
        ram_gib_on_demand (str | Unset):  Example: 64.
        ram_gib_spot (str | Unset):  Example: 96.
        ram_gib_spot_fallback (str | Unset):  Example: 0.
    """

    timestamp: datetime.datetime
    cost_on_demand: str | Unset = UNSET
    cost_spot: str | Unset = UNSET
    cost_spot_fallback: str | Unset = UNSET
    cpu_count_on_demand: str | Unset = UNSET
    cpu_count_spot: str | Unset = UNSET
    cpu_count_spot_fallback: str | Unset = UNSET
    ram_gib_on_demand: str | Unset = UNSET
    ram_gib_spot: str | Unset = UNSET
    ram_gib_spot_fallback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        cost_on_demand = self.cost_on_demand

        cost_spot = self.cost_spot

        cost_spot_fallback = self.cost_spot_fallback

        cpu_count_on_demand = self.cpu_count_on_demand

        cpu_count_spot = self.cpu_count_spot

        cpu_count_spot_fallback = self.cpu_count_spot_fallback

        ram_gib_on_demand = self.ram_gib_on_demand

        ram_gib_spot = self.ram_gib_spot

        ram_gib_spot_fallback = self.ram_gib_spot_fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if cost_on_demand is not UNSET:
            field_dict["costOnDemand"] = cost_on_demand
        if cost_spot is not UNSET:
            field_dict["costSpot"] = cost_spot
        if cost_spot_fallback is not UNSET:
            field_dict["costSpotFallback"] = cost_spot_fallback
        if cpu_count_on_demand is not UNSET:
            field_dict["cpuCountOnDemand"] = cpu_count_on_demand
        if cpu_count_spot is not UNSET:
            field_dict["cpuCountSpot"] = cpu_count_spot
        if cpu_count_spot_fallback is not UNSET:
            field_dict["cpuCountSpotFallback"] = cpu_count_spot_fallback
        if ram_gib_on_demand is not UNSET:
            field_dict["ramGibOnDemand"] = ram_gib_on_demand
        if ram_gib_spot is not UNSET:
            field_dict["ramGibSpot"] = ram_gib_spot
        if ram_gib_spot_fallback is not UNSET:
            field_dict["ramGibSpotFallback"] = ram_gib_spot_fallback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        cost_on_demand = d.pop("costOnDemand", UNSET)

        cost_spot = d.pop("costSpot", UNSET)

        cost_spot_fallback = d.pop("costSpotFallback", UNSET)

        cpu_count_on_demand = d.pop("cpuCountOnDemand", UNSET)

        cpu_count_spot = d.pop("cpuCountSpot", UNSET)

        cpu_count_spot_fallback = d.pop("cpuCountSpotFallback", UNSET)

        ram_gib_on_demand = d.pop("ramGibOnDemand", UNSET)

        ram_gib_spot = d.pop("ramGibSpot", UNSET)

        ram_gib_spot_fallback = d.pop("ramGibSpotFallback", UNSET)

        cost_report_item = cls(
            timestamp=timestamp,
            cost_on_demand=cost_on_demand,
            cost_spot=cost_spot,
            cost_spot_fallback=cost_spot_fallback,
            cpu_count_on_demand=cpu_count_on_demand,
            cpu_count_spot=cpu_count_spot,
            cpu_count_spot_fallback=cpu_count_spot_fallback,
            ram_gib_on_demand=ram_gib_on_demand,
            ram_gib_spot=ram_gib_spot,
            ram_gib_spot_fallback=ram_gib_spot_fallback,
        )

        cost_report_item.additional_properties = d
        return cost_report_item

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
