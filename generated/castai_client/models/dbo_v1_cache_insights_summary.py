from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DboV1CacheInsightsSummary")


@_attrs_define
class DboV1CacheInsightsSummary:
    """
    Attributes:
        max_ttl (float):
        min_ttl (float):
        p_50_miss_execution_time (float):
        p_95_miss_execution_time (float):
        p_99_miss_execution_time (float):
        unique_queries (str):
        unique_results (str):
    """

    max_ttl: float
    min_ttl: float
    p_50_miss_execution_time: float
    p_95_miss_execution_time: float
    p_99_miss_execution_time: float
    unique_queries: str
    unique_results: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ttl = self.max_ttl

        min_ttl = self.min_ttl

        p_50_miss_execution_time = self.p_50_miss_execution_time

        p_95_miss_execution_time = self.p_95_miss_execution_time

        p_99_miss_execution_time = self.p_99_miss_execution_time

        unique_queries = self.unique_queries

        unique_results = self.unique_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxTtl": max_ttl,
                "minTtl": min_ttl,
                "p50MissExecutionTime": p_50_miss_execution_time,
                "p95MissExecutionTime": p_95_miss_execution_time,
                "p99MissExecutionTime": p_99_miss_execution_time,
                "uniqueQueries": unique_queries,
                "uniqueResults": unique_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ttl = d.pop("maxTtl")

        min_ttl = d.pop("minTtl")

        p_50_miss_execution_time = d.pop("p50MissExecutionTime")

        p_95_miss_execution_time = d.pop("p95MissExecutionTime")

        p_99_miss_execution_time = d.pop("p99MissExecutionTime")

        unique_queries = d.pop("uniqueQueries")

        unique_results = d.pop("uniqueResults")

        dbo_v1_cache_insights_summary = cls(
            max_ttl=max_ttl,
            min_ttl=min_ttl,
            p_50_miss_execution_time=p_50_miss_execution_time,
            p_95_miss_execution_time=p_95_miss_execution_time,
            p_99_miss_execution_time=p_99_miss_execution_time,
            unique_queries=unique_queries,
            unique_results=unique_results,
        )

        dbo_v1_cache_insights_summary.additional_properties = d
        return dbo_v1_cache_insights_summary

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
