from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_event import DboV1Event


T = TypeVar("T", bound="DboV1CacheEfficiency")


@_attrs_define
class DboV1CacheEfficiency:
    """
    Attributes:
        cache_hit_rate (float):
        cache_hits (str):
        cacheable_queries (str):
        dql_queries (str):
        timestamp (datetime.datetime):
        total_queries (str):
        events (list[DboV1Event] | Unset):
    """

    cache_hit_rate: float
    cache_hits: str
    cacheable_queries: str
    dql_queries: str
    timestamp: datetime.datetime
    total_queries: str
    events: list[DboV1Event] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_hit_rate = self.cache_hit_rate

        cache_hits = self.cache_hits

        cacheable_queries = self.cacheable_queries

        dql_queries = self.dql_queries

        timestamp = self.timestamp.isoformat()

        total_queries = self.total_queries

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
                "cacheHitRate": cache_hit_rate,
                "cacheHits": cache_hits,
                "cacheableQueries": cacheable_queries,
                "dqlQueries": dql_queries,
                "timestamp": timestamp,
                "totalQueries": total_queries,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_event import DboV1Event  # noqa: PLC0415

        d = dict(src_dict)
        cache_hit_rate = d.pop("cacheHitRate")

        cache_hits = d.pop("cacheHits")

        cacheable_queries = d.pop("cacheableQueries")

        dql_queries = d.pop("dqlQueries")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        total_queries = d.pop("totalQueries")

        _events = d.pop("events", UNSET)
        events: list[DboV1Event] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = DboV1Event.from_dict(events_item_data)

                events.append(events_item)

        dbo_v1_cache_efficiency = cls(
            cache_hit_rate=cache_hit_rate,
            cache_hits=cache_hits,
            cacheable_queries=cacheable_queries,
            dql_queries=dql_queries,
            timestamp=timestamp,
            total_queries=total_queries,
            events=events,
        )

        dbo_v1_cache_efficiency.additional_properties = d
        return dbo_v1_cache_efficiency

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
