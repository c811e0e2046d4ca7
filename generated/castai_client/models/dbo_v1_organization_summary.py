from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1OrganizationSummary")


@_attrs_define
class DboV1OrganizationSummary:
    """
    Attributes:
        cacheable_queries (str):
        current_cost (str):
        dql_queries (str):
        enabled_cached_count (int):
        estimated_cost (str):
        potential_savings (str):
        total_database_count (int):
        total_queries (str):
        cache_hits (None | str | Unset):
        time_saved (None | str | Unset):
    """

    cacheable_queries: str
    current_cost: str
    dql_queries: str
    enabled_cached_count: int
    estimated_cost: str
    potential_savings: str
    total_database_count: int
    total_queries: str
    cache_hits: None | str | Unset = UNSET
    time_saved: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cacheable_queries = self.cacheable_queries

        current_cost = self.current_cost

        dql_queries = self.dql_queries

        enabled_cached_count = self.enabled_cached_count

        estimated_cost = self.estimated_cost

        potential_savings = self.potential_savings

        total_database_count = self.total_database_count

        total_queries = self.total_queries

        cache_hits: None | str | Unset
        if isinstance(self.cache_hits, Unset):
            cache_hits = UNSET
        else:
            cache_hits = self.cache_hits

        time_saved: None | str | Unset
        if isinstance(self.time_saved, Unset):
            time_saved = UNSET
        else:
            time_saved = self.time_saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cacheableQueries": cacheable_queries,
                "currentCost": current_cost,
                "dqlQueries": dql_queries,
                "enabledCachedCount": enabled_cached_count,
                "estimatedCost": estimated_cost,
                "potentialSavings": potential_savings,
                "totalDatabaseCount": total_database_count,
                "totalQueries": total_queries,
            }
        )
        if cache_hits is not UNSET:
            field_dict["cacheHits"] = cache_hits
        if time_saved is not UNSET:
            field_dict["timeSaved"] = time_saved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cacheable_queries = d.pop("cacheableQueries")

        current_cost = d.pop("currentCost")

        dql_queries = d.pop("dqlQueries")

        enabled_cached_count = d.pop("enabledCachedCount")

        estimated_cost = d.pop("estimatedCost")

        potential_savings = d.pop("potentialSavings")

        total_database_count = d.pop("totalDatabaseCount")

        total_queries = d.pop("totalQueries")

        def _parse_cache_hits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_hits = _parse_cache_hits(d.pop("cacheHits", UNSET))

        def _parse_time_saved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_saved = _parse_time_saved(d.pop("timeSaved", UNSET))

        dbo_v1_organization_summary = cls(
            cacheable_queries=cacheable_queries,
            current_cost=current_cost,
            dql_queries=dql_queries,
            enabled_cached_count=enabled_cached_count,
            estimated_cost=estimated_cost,
            potential_savings=potential_savings,
            total_database_count=total_database_count,
            total_queries=total_queries,
            cache_hits=cache_hits,
            time_saved=time_saved,
        )

        dbo_v1_organization_summary.additional_properties = d
        return dbo_v1_organization_summary

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
