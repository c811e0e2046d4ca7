from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_cache_performance_timeseries_cache_performance import (
        DboV1CachePerformanceTimeseriesCachePerformance,
    )
    from ..models.dbo_v1_event import DboV1Event


T = TypeVar("T", bound="DboV1CachePerformanceTimeseriesTimeseries")


@_attrs_define
class DboV1CachePerformanceTimeseriesTimeseries:
    """
    Attributes:
        timestamp (datetime.datetime):
        databases (list[DboV1CachePerformanceTimeseriesCachePerformance] | Unset):
        events (list[DboV1Event] | Unset):
    """

    timestamp: datetime.datetime
    databases: list[DboV1CachePerformanceTimeseriesCachePerformance] | Unset = UNSET
    events: list[DboV1Event] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        databases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = []
            for databases_item_data in self.databases:
                databases_item = databases_item_data.to_dict()
                databases.append(databases_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if databases is not UNSET:
            field_dict["databases"] = databases
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_cache_performance_timeseries_cache_performance import (
            DboV1CachePerformanceTimeseriesCachePerformance,  # noqa: PLC0415
        )
        from ..models.dbo_v1_event import DboV1Event  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        _databases = d.pop("databases", UNSET)
        databases: list[DboV1CachePerformanceTimeseriesCachePerformance] | Unset = UNSET
        if _databases is not UNSET:
            databases = []
            for databases_item_data in _databases:
                databases_item = (
                    DboV1CachePerformanceTimeseriesCachePerformance.from_dict(
                        databases_item_data
                    )
                )

                databases.append(databases_item)

        _events = d.pop("events", UNSET)
        events: list[DboV1Event] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = DboV1Event.from_dict(events_item_data)

                events.append(events_item)

        dbo_v1_cache_performance_timeseries_timeseries = cls(
            timestamp=timestamp,
            databases=databases,
            events=events,
        )

        dbo_v1_cache_performance_timeseries_timeseries.additional_properties = d
        return dbo_v1_cache_performance_timeseries_timeseries

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
