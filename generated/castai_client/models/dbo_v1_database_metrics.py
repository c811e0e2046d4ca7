from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1DatabaseMetrics")


@_attrs_define
class DboV1DatabaseMetrics:
    """
    Attributes:
        database_load (float):
        total_queries (str):
        total_read_queries (str):
        predicted_cache_efficiency (float | None | Unset):
        real_cache_efficiency (float | None | Unset):
    """

    database_load: float
    total_queries: str
    total_read_queries: str
    predicted_cache_efficiency: float | None | Unset = UNSET
    real_cache_efficiency: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_load = self.database_load

        total_queries = self.total_queries

        total_read_queries = self.total_read_queries

        predicted_cache_efficiency: float | None | Unset
        if isinstance(self.predicted_cache_efficiency, Unset):
            predicted_cache_efficiency = UNSET
        else:
            predicted_cache_efficiency = self.predicted_cache_efficiency

        real_cache_efficiency: float | None | Unset
        if isinstance(self.real_cache_efficiency, Unset):
            real_cache_efficiency = UNSET
        else:
            real_cache_efficiency = self.real_cache_efficiency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databaseLoad": database_load,
                "totalQueries": total_queries,
                "totalReadQueries": total_read_queries,
            }
        )
        if predicted_cache_efficiency is not UNSET:
            field_dict["predictedCacheEfficiency"] = predicted_cache_efficiency
        if real_cache_efficiency is not UNSET:
            field_dict["realCacheEfficiency"] = real_cache_efficiency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_load = d.pop("databaseLoad")

        total_queries = d.pop("totalQueries")

        total_read_queries = d.pop("totalReadQueries")

        def _parse_predicted_cache_efficiency(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        predicted_cache_efficiency = _parse_predicted_cache_efficiency(
            d.pop("predictedCacheEfficiency", UNSET)
        )

        def _parse_real_cache_efficiency(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        real_cache_efficiency = _parse_real_cache_efficiency(
            d.pop("realCacheEfficiency", UNSET)
        )

        dbo_v1_database_metrics = cls(
            database_load=database_load,
            total_queries=total_queries,
            total_read_queries=total_read_queries,
            predicted_cache_efficiency=predicted_cache_efficiency,
            real_cache_efficiency=real_cache_efficiency,
        )

        dbo_v1_database_metrics.additional_properties = d
        return dbo_v1_database_metrics

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
