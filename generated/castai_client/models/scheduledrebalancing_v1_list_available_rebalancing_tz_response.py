from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduledrebalancing_v1_time_zone import (
        ScheduledrebalancingV1TimeZone,
    )


T = TypeVar("T", bound="ScheduledrebalancingV1ListAvailableRebalancingTZResponse")


@_attrs_define
class ScheduledrebalancingV1ListAvailableRebalancingTZResponse:
    """
    Attributes:
        time_zones (list[ScheduledrebalancingV1TimeZone] | Unset):
    """

    time_zones: list[ScheduledrebalancingV1TimeZone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_zones, Unset):
            time_zones = []
            for time_zones_item_data in self.time_zones:
                time_zones_item = time_zones_item_data.to_dict()
                time_zones.append(time_zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_zones is not UNSET:
            field_dict["timeZones"] = time_zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduledrebalancing_v1_time_zone import (
            ScheduledrebalancingV1TimeZone,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _time_zones = d.pop("timeZones", UNSET)
        time_zones: list[ScheduledrebalancingV1TimeZone] | Unset = UNSET
        if _time_zones is not UNSET:
            time_zones = []
            for time_zones_item_data in _time_zones:
                time_zones_item = ScheduledrebalancingV1TimeZone.from_dict(
                    time_zones_item_data
                )

                time_zones.append(time_zones_item)

        scheduledrebalancing_v1_list_available_rebalancing_tz_response = cls(
            time_zones=time_zones,
        )

        scheduledrebalancing_v1_list_available_rebalancing_tz_response.additional_properties = d
        return scheduledrebalancing_v1_list_available_rebalancing_tz_response

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
