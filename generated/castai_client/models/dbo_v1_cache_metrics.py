from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1CacheMetrics")


@_attrs_define
class DboV1CacheMetrics:
    """
    Attributes:
        average_execution_time (float):
        average_hit_execution_time (float):
        average_miss_execution_time (float):
        cache_hit_rate (float):
        cache_hits (str):
        cache_misses (str):
        cacheable_queries (str):
        dql_queries (str):
        enabled_caches (int):
        optimal_cache_hits (str):
        optimal_hit_rate (float):
        optimal_time_saved_percent (float):
        projected_cache_hits (str):
        projected_hit_rate (float):
        projected_time_saved_percent (float):
        time_saved_percent (float):
        total_caches (int):
        total_queries (str):
        total_time (str):
        time_saved (None | str | Unset):
    """

    average_execution_time: float
    average_hit_execution_time: float
    average_miss_execution_time: float
    cache_hit_rate: float
    cache_hits: str
    cache_misses: str
    cacheable_queries: str
    dql_queries: str
    enabled_caches: int
    optimal_cache_hits: str
    optimal_hit_rate: float
    optimal_time_saved_percent: float
    projected_cache_hits: str
    projected_hit_rate: float
    projected_time_saved_percent: float
    time_saved_percent: float
    total_caches: int
    total_queries: str
    total_time: str
    time_saved: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_execution_time = self.average_execution_time

        average_hit_execution_time = self.average_hit_execution_time

        average_miss_execution_time = self.average_miss_execution_time

        cache_hit_rate = self.cache_hit_rate

        cache_hits = self.cache_hits

        cache_misses = self.cache_misses

        cacheable_queries = self.cacheable_queries

        dql_queries = self.dql_queries

        enabled_caches = self.enabled_caches

        optimal_cache_hits = self.optimal_cache_hits

        optimal_hit_rate = self.optimal_hit_rate

        optimal_time_saved_percent = self.optimal_time_saved_percent

        projected_cache_hits = self.projected_cache_hits

        projected_hit_rate = self.projected_hit_rate

        projected_time_saved_percent = self.projected_time_saved_percent

        time_saved_percent = self.time_saved_percent

        total_caches = self.total_caches

        total_queries = self.total_queries

        total_time = self.total_time

        time_saved: None | str | Unset
        if isinstance(self.time_saved, Unset):
            time_saved = UNSET
        else:
            time_saved = self.time_saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averageExecutionTime": average_execution_time,
                "averageHitExecutionTime": average_hit_execution_time,
                "averageMissExecutionTime": average_miss_execution_time,
                "cacheHitRate": cache_hit_rate,
                "cacheHits": cache_hits,
                "cacheMisses": cache_misses,
                "cacheableQueries": cacheable_queries,
                "dqlQueries": dql_queries,
                "enabledCaches": enabled_caches,
                "optimalCacheHits": optimal_cache_hits,
                "optimalHitRate": optimal_hit_rate,
                "optimalTimeSavedPercent": optimal_time_saved_percent,
                "projectedCacheHits": projected_cache_hits,
                "projectedHitRate": projected_hit_rate,
                "projectedTimeSavedPercent": projected_time_saved_percent,
                "timeSavedPercent": time_saved_percent,
                "totalCaches": total_caches,
                "totalQueries": total_queries,
                "totalTime": total_time,
            }
        )
        if time_saved is not UNSET:
            field_dict["timeSaved"] = time_saved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_execution_time = d.pop("averageExecutionTime")

        average_hit_execution_time = d.pop("averageHitExecutionTime")

        average_miss_execution_time = d.pop("averageMissExecutionTime")

        cache_hit_rate = d.pop("cacheHitRate")

        cache_hits = d.pop("cacheHits")

        cache_misses = d.pop("cacheMisses")

        cacheable_queries = d.pop("cacheableQueries")

        dql_queries = d.pop("dqlQueries")

        enabled_caches = d.pop("enabledCaches")

        optimal_cache_hits = d.pop("optimalCacheHits")

        optimal_hit_rate = d.pop("optimalHitRate")

        optimal_time_saved_percent = d.pop("optimalTimeSavedPercent")

        projected_cache_hits = d.pop("projectedCacheHits")

        projected_hit_rate = d.pop("projectedHitRate")

        projected_time_saved_percent = d.pop("projectedTimeSavedPercent")

        time_saved_percent = d.pop("timeSavedPercent")

        total_caches = d.pop("totalCaches")

        total_queries = d.pop("totalQueries")

        total_time = d.pop("totalTime")

        def _parse_time_saved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_saved = _parse_time_saved(d.pop("timeSaved", UNSET))

        dbo_v1_cache_metrics = cls(
            average_execution_time=average_execution_time,
            average_hit_execution_time=average_hit_execution_time,
            average_miss_execution_time=average_miss_execution_time,
            cache_hit_rate=cache_hit_rate,
            cache_hits=cache_hits,
            cache_misses=cache_misses,
            cacheable_queries=cacheable_queries,
            dql_queries=dql_queries,
            enabled_caches=enabled_caches,
            optimal_cache_hits=optimal_cache_hits,
            optimal_hit_rate=optimal_hit_rate,
            optimal_time_saved_percent=optimal_time_saved_percent,
            projected_cache_hits=projected_cache_hits,
            projected_hit_rate=projected_hit_rate,
            projected_time_saved_percent=projected_time_saved_percent,
            time_saved_percent=time_saved_percent,
            total_caches=total_caches,
            total_queries=total_queries,
            total_time=total_time,
            time_saved=time_saved,
        )

        dbo_v1_cache_metrics.additional_properties = d
        return dbo_v1_cache_metrics

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
