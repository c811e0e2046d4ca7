from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_rule_type import DboV1RuleType, check_dbo_v1_rule_type
from ..models.dbo_v1ttl_mode import DboV1TTLMode, check_dbo_v1ttl_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1CacheQuery")


@_attrs_define
class DboV1CacheQuery:
    """
    Attributes:
        average_execution_time (float | None | Unset):
        average_hit_execution_time (float | None | Unset):
        average_miss_execution_time (float | None | Unset):
        cache_enabled (bool | None | Unset):
        cache_hits (None | str | Unset):
        cache_misses (None | str | Unset):
        cache_mode (DboV1TTLMode | Unset):
        db_time_saved_percent (float | None | Unset):
        efficiency (float | None | Unset):
        median_execution_time (float | None | Unset):
        projected_cache_hits (None | str | Unset):
        projected_db_time_saved_percent (float | None | Unset):
        projected_hit_rate (float | None | Unset):
        rule_id (None | str | Unset):
        rule_type (DboV1RuleType | Unset):
        template (str | Unset):
        template_hash (str | Unset):
        total_db_time (None | str | Unset):
        total_execution_time (None | str | Unset):
        total_queries (str | Unset):
        ttl (int | None | Unset):
        unique_queries (str | Unset):
        unique_results (str | Unset):
    """

    average_execution_time: float | None | Unset = UNSET
    average_hit_execution_time: float | None | Unset = UNSET
    average_miss_execution_time: float | None | Unset = UNSET
    cache_enabled: bool | None | Unset = UNSET
    cache_hits: None | str | Unset = UNSET
    cache_misses: None | str | Unset = UNSET
    cache_mode: DboV1TTLMode | Unset = UNSET
    db_time_saved_percent: float | None | Unset = UNSET
    efficiency: float | None | Unset = UNSET
    median_execution_time: float | None | Unset = UNSET
    projected_cache_hits: None | str | Unset = UNSET
    projected_db_time_saved_percent: float | None | Unset = UNSET
    projected_hit_rate: float | None | Unset = UNSET
    rule_id: None | str | Unset = UNSET
    rule_type: DboV1RuleType | Unset = UNSET
    template: str | Unset = UNSET
    template_hash: str | Unset = UNSET
    total_db_time: None | str | Unset = UNSET
    total_execution_time: None | str | Unset = UNSET
    total_queries: str | Unset = UNSET
    ttl: int | None | Unset = UNSET
    unique_queries: str | Unset = UNSET
    unique_results: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_execution_time: float | None | Unset
        if isinstance(self.average_execution_time, Unset):
            average_execution_time = UNSET
        else:
            average_execution_time = self.average_execution_time

        average_hit_execution_time: float | None | Unset
        if isinstance(self.average_hit_execution_time, Unset):
            average_hit_execution_time = UNSET
        else:
            average_hit_execution_time = self.average_hit_execution_time

        average_miss_execution_time: float | None | Unset
        if isinstance(self.average_miss_execution_time, Unset):
            average_miss_execution_time = UNSET
        else:
            average_miss_execution_time = self.average_miss_execution_time

        cache_enabled: bool | None | Unset
        if isinstance(self.cache_enabled, Unset):
            cache_enabled = UNSET
        else:
            cache_enabled = self.cache_enabled

        cache_hits: None | str | Unset
        if isinstance(self.cache_hits, Unset):
            cache_hits = UNSET
        else:
            cache_hits = self.cache_hits

        cache_misses: None | str | Unset
        if isinstance(self.cache_misses, Unset):
            cache_misses = UNSET
        else:
            cache_misses = self.cache_misses

        cache_mode: str | Unset = UNSET
        if not isinstance(self.cache_mode, Unset):
            cache_mode = self.cache_mode

        db_time_saved_percent: float | None | Unset
        if isinstance(self.db_time_saved_percent, Unset):
            db_time_saved_percent = UNSET
        else:
            db_time_saved_percent = self.db_time_saved_percent

        efficiency: float | None | Unset
        if isinstance(self.efficiency, Unset):
            efficiency = UNSET
        else:
            efficiency = self.efficiency

        median_execution_time: float | None | Unset
        if isinstance(self.median_execution_time, Unset):
            median_execution_time = UNSET
        else:
            median_execution_time = self.median_execution_time

        projected_cache_hits: None | str | Unset
        if isinstance(self.projected_cache_hits, Unset):
            projected_cache_hits = UNSET
        else:
            projected_cache_hits = self.projected_cache_hits

        projected_db_time_saved_percent: float | None | Unset
        if isinstance(self.projected_db_time_saved_percent, Unset):
            projected_db_time_saved_percent = UNSET
        else:
            projected_db_time_saved_percent = self.projected_db_time_saved_percent

        projected_hit_rate: float | None | Unset
        if isinstance(self.projected_hit_rate, Unset):
            projected_hit_rate = UNSET
        else:
            projected_hit_rate = self.projected_hit_rate

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        rule_type: str | Unset = UNSET
        if not isinstance(self.rule_type, Unset):
            rule_type = self.rule_type

        template = self.template

        template_hash = self.template_hash

        total_db_time: None | str | Unset
        if isinstance(self.total_db_time, Unset):
            total_db_time = UNSET
        else:
            total_db_time = self.total_db_time

        total_execution_time: None | str | Unset
        if isinstance(self.total_execution_time, Unset):
            total_execution_time = UNSET
        else:
            total_execution_time = self.total_execution_time

        total_queries = self.total_queries

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        unique_queries = self.unique_queries

        unique_results = self.unique_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_execution_time is not UNSET:
            field_dict["averageExecutionTime"] = average_execution_time
        if average_hit_execution_time is not UNSET:
            field_dict["averageHitExecutionTime"] = average_hit_execution_time
        if average_miss_execution_time is not UNSET:
            field_dict["averageMissExecutionTime"] = average_miss_execution_time
        if cache_enabled is not UNSET:
            field_dict["cacheEnabled"] = cache_enabled
        if cache_hits is not UNSET:
            field_dict["cacheHits"] = cache_hits
        if cache_misses is not UNSET:
            field_dict["cacheMisses"] = cache_misses
        if cache_mode is not UNSET:
            field_dict["cacheMode"] = cache_mode
        if db_time_saved_percent is not UNSET:
            field_dict["dbTimeSavedPercent"] = db_time_saved_percent
        if efficiency is not UNSET:
            field_dict["efficiency"] = efficiency
        if median_execution_time is not UNSET:
            field_dict["medianExecutionTime"] = median_execution_time
        if projected_cache_hits is not UNSET:
            field_dict["projectedCacheHits"] = projected_cache_hits
        if projected_db_time_saved_percent is not UNSET:
            field_dict["projectedDbTimeSavedPercent"] = projected_db_time_saved_percent
        if projected_hit_rate is not UNSET:
            field_dict["projectedHitRate"] = projected_hit_rate
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if rule_type is not UNSET:
            field_dict["ruleType"] = rule_type
        if template is not UNSET:
            field_dict["template"] = template
        if template_hash is not UNSET:
            field_dict["templateHash"] = template_hash
        if total_db_time is not UNSET:
            field_dict["totalDbTime"] = total_db_time
        if total_execution_time is not UNSET:
            field_dict["totalExecutionTime"] = total_execution_time
        if total_queries is not UNSET:
            field_dict["totalQueries"] = total_queries
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if unique_queries is not UNSET:
            field_dict["uniqueQueries"] = unique_queries
        if unique_results is not UNSET:
            field_dict["uniqueResults"] = unique_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_average_execution_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_execution_time = _parse_average_execution_time(
            d.pop("averageExecutionTime", UNSET)
        )

        def _parse_average_hit_execution_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_hit_execution_time = _parse_average_hit_execution_time(
            d.pop("averageHitExecutionTime", UNSET)
        )

        def _parse_average_miss_execution_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_miss_execution_time = _parse_average_miss_execution_time(
            d.pop("averageMissExecutionTime", UNSET)
        )

        def _parse_cache_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cache_enabled = _parse_cache_enabled(d.pop("cacheEnabled", UNSET))

        def _parse_cache_hits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_hits = _parse_cache_hits(d.pop("cacheHits", UNSET))

        def _parse_cache_misses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_misses = _parse_cache_misses(d.pop("cacheMisses", UNSET))

        _cache_mode = d.pop("cacheMode", UNSET)
        cache_mode: DboV1TTLMode | Unset
        if isinstance(_cache_mode, Unset):
            cache_mode = UNSET
        else:
            cache_mode = check_dbo_v1ttl_mode(_cache_mode)

        def _parse_db_time_saved_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        db_time_saved_percent = _parse_db_time_saved_percent(
            d.pop("dbTimeSavedPercent", UNSET)
        )

        def _parse_efficiency(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        efficiency = _parse_efficiency(d.pop("efficiency", UNSET))

        def _parse_median_execution_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        median_execution_time = _parse_median_execution_time(
            d.pop("medianExecutionTime", UNSET)
        )

        def _parse_projected_cache_hits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        projected_cache_hits = _parse_projected_cache_hits(
            d.pop("projectedCacheHits", UNSET)
        )

        def _parse_projected_db_time_saved_percent(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        projected_db_time_saved_percent = _parse_projected_db_time_saved_percent(
            d.pop("projectedDbTimeSavedPercent", UNSET)
        )

        def _parse_projected_hit_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        projected_hit_rate = _parse_projected_hit_rate(d.pop("projectedHitRate", UNSET))

        def _parse_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id = _parse_rule_id(d.pop("ruleId", UNSET))

        _rule_type = d.pop("ruleType", UNSET)
        rule_type: DboV1RuleType | Unset
        if isinstance(_rule_type, Unset):
            rule_type = UNSET
        else:
            rule_type = check_dbo_v1_rule_type(_rule_type)

        template = d.pop("template", UNSET)

        template_hash = d.pop("templateHash", UNSET)

        def _parse_total_db_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_db_time = _parse_total_db_time(d.pop("totalDbTime", UNSET))

        def _parse_total_execution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_execution_time = _parse_total_execution_time(
            d.pop("totalExecutionTime", UNSET)
        )

        total_queries = d.pop("totalQueries", UNSET)

        def _parse_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        unique_queries = d.pop("uniqueQueries", UNSET)

        unique_results = d.pop("uniqueResults", UNSET)

        dbo_v1_cache_query = cls(
            average_execution_time=average_execution_time,
            average_hit_execution_time=average_hit_execution_time,
            average_miss_execution_time=average_miss_execution_time,
            cache_enabled=cache_enabled,
            cache_hits=cache_hits,
            cache_misses=cache_misses,
            cache_mode=cache_mode,
            db_time_saved_percent=db_time_saved_percent,
            efficiency=efficiency,
            median_execution_time=median_execution_time,
            projected_cache_hits=projected_cache_hits,
            projected_db_time_saved_percent=projected_db_time_saved_percent,
            projected_hit_rate=projected_hit_rate,
            rule_id=rule_id,
            rule_type=rule_type,
            template=template,
            template_hash=template_hash,
            total_db_time=total_db_time,
            total_execution_time=total_execution_time,
            total_queries=total_queries,
            ttl=ttl,
            unique_queries=unique_queries,
            unique_results=unique_results,
        )

        dbo_v1_cache_query.additional_properties = d
        return dbo_v1_cache_query

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
