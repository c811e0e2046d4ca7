from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1DatabaseInstanceLogicalDatabaseMetrics")


@_attrs_define
class DboV1DatabaseInstanceLogicalDatabaseMetrics:
    """
    Attributes:
        database_load (float):
        reads_count (str):
        total_queries_count (str):
        writes_count (str):
        cacheable_queries (None | str | Unset):
        predicted_cache_hits (None | str | Unset):
        real_cache_hits (None | str | Unset):
    """

    database_load: float
    reads_count: str
    total_queries_count: str
    writes_count: str
    cacheable_queries: None | str | Unset = UNSET
    predicted_cache_hits: None | str | Unset = UNSET
    real_cache_hits: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_load = self.database_load

        reads_count = self.reads_count

        total_queries_count = self.total_queries_count

        writes_count = self.writes_count

        cacheable_queries: None | str | Unset
        if isinstance(self.cacheable_queries, Unset):
            cacheable_queries = UNSET
        else:
            cacheable_queries = self.cacheable_queries

        predicted_cache_hits: None | str | Unset
        if isinstance(self.predicted_cache_hits, Unset):
            predicted_cache_hits = UNSET
        else:
            predicted_cache_hits = self.predicted_cache_hits

        real_cache_hits: None | str | Unset
        if isinstance(self.real_cache_hits, Unset):
            real_cache_hits = UNSET
        else:
            real_cache_hits = self.real_cache_hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databaseLoad": database_load,
                "readsCount": reads_count,
                "totalQueriesCount": total_queries_count,
                "writesCount": writes_count,
            }
        )
        if cacheable_queries is not UNSET:
            field_dict["cacheableQueries"] = cacheable_queries
        if predicted_cache_hits is not UNSET:
            field_dict["predictedCacheHits"] = predicted_cache_hits
        if real_cache_hits is not UNSET:
            field_dict["realCacheHits"] = real_cache_hits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_load = d.pop("databaseLoad")

        reads_count = d.pop("readsCount")

        total_queries_count = d.pop("totalQueriesCount")

        writes_count = d.pop("writesCount")

        def _parse_cacheable_queries(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cacheable_queries = _parse_cacheable_queries(d.pop("cacheableQueries", UNSET))

        def _parse_predicted_cache_hits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        predicted_cache_hits = _parse_predicted_cache_hits(
            d.pop("predictedCacheHits", UNSET)
        )

        def _parse_real_cache_hits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        real_cache_hits = _parse_real_cache_hits(d.pop("realCacheHits", UNSET))

        dbo_v1_database_instance_logical_database_metrics = cls(
            database_load=database_load,
            reads_count=reads_count,
            total_queries_count=total_queries_count,
            writes_count=writes_count,
            cacheable_queries=cacheable_queries,
            predicted_cache_hits=predicted_cache_hits,
            real_cache_hits=real_cache_hits,
        )

        dbo_v1_database_instance_logical_database_metrics.additional_properties = d
        return dbo_v1_database_instance_logical_database_metrics

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
