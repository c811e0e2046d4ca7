from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DboV1CachePerformanceTimeseriesCachePerformance")


@_attrs_define
class DboV1CachePerformanceTimeseriesCachePerformance:
    """
    Attributes:
        cache_hits (str):
        id (str):
        projected_cache_hits (str):
    """

    cache_hits: str
    id: str
    projected_cache_hits: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_hits = self.cache_hits

        id = self.id

        projected_cache_hits = self.projected_cache_hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cacheHits": cache_hits,
                "id": id,
                "projectedCacheHits": projected_cache_hits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_hits = d.pop("cacheHits")

        id = d.pop("id")

        projected_cache_hits = d.pop("projectedCacheHits")

        dbo_v1_cache_performance_timeseries_cache_performance = cls(
            cache_hits=cache_hits,
            id=id,
            projected_cache_hits=projected_cache_hits,
        )

        dbo_v1_cache_performance_timeseries_cache_performance.additional_properties = d
        return dbo_v1_cache_performance_timeseries_cache_performance

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
