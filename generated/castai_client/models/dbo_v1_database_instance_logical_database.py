from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1ttl_mode import DboV1TTLMode, check_dbo_v1ttl_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_database_instance_logical_database_metrics import (
        DboV1DatabaseInstanceLogicalDatabaseMetrics,
    )


T = TypeVar("T", bound="DboV1DatabaseInstanceLogicalDatabase")


@_attrs_define
class DboV1DatabaseInstanceLogicalDatabase:
    """
    Attributes:
        cache_enabled (bool):
        id (str):
        name (str):
        cache_default_ttl (DboV1TTLMode | Unset):
        cache_id (None | str | Unset):
        connection_string (None | str | Unset):
        connection_strings (list[str] | Unset):
        metrics (DboV1DatabaseInstanceLogicalDatabaseMetrics | Unset):
    """

    cache_enabled: bool
    id: str
    name: str
    cache_default_ttl: DboV1TTLMode | Unset = UNSET
    cache_id: None | str | Unset = UNSET
    connection_string: None | str | Unset = UNSET
    connection_strings: list[str] | Unset = UNSET
    metrics: DboV1DatabaseInstanceLogicalDatabaseMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_enabled = self.cache_enabled

        id = self.id

        name = self.name

        cache_default_ttl: str | Unset = UNSET
        if not isinstance(self.cache_default_ttl, Unset):
            cache_default_ttl = self.cache_default_ttl

        cache_id: None | str | Unset
        if isinstance(self.cache_id, Unset):
            cache_id = UNSET
        else:
            cache_id = self.cache_id

        connection_string: None | str | Unset
        if isinstance(self.connection_string, Unset):
            connection_string = UNSET
        else:
            connection_string = self.connection_string

        connection_strings: list[str] | Unset = UNSET
        if not isinstance(self.connection_strings, Unset):
            connection_strings = self.connection_strings

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cacheEnabled": cache_enabled,
                "id": id,
                "name": name,
            }
        )
        if cache_default_ttl is not UNSET:
            field_dict["cacheDefaultTtl"] = cache_default_ttl
        if cache_id is not UNSET:
            field_dict["cacheId"] = cache_id
        if connection_string is not UNSET:
            field_dict["connectionString"] = connection_string
        if connection_strings is not UNSET:
            field_dict["connectionStrings"] = connection_strings
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_database_instance_logical_database_metrics import (
            DboV1DatabaseInstanceLogicalDatabaseMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cache_enabled = d.pop("cacheEnabled")

        id = d.pop("id")

        name = d.pop("name")

        _cache_default_ttl = d.pop("cacheDefaultTtl", UNSET)
        cache_default_ttl: DboV1TTLMode | Unset
        if isinstance(_cache_default_ttl, Unset):
            cache_default_ttl = UNSET
        else:
            cache_default_ttl = check_dbo_v1ttl_mode(_cache_default_ttl)

        def _parse_cache_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_id = _parse_cache_id(d.pop("cacheId", UNSET))

        def _parse_connection_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_string = _parse_connection_string(d.pop("connectionString", UNSET))

        connection_strings = cast(list[str], d.pop("connectionStrings", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: DboV1DatabaseInstanceLogicalDatabaseMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DboV1DatabaseInstanceLogicalDatabaseMetrics.from_dict(_metrics)

        dbo_v1_database_instance_logical_database = cls(
            cache_enabled=cache_enabled,
            id=id,
            name=name,
            cache_default_ttl=cache_default_ttl,
            cache_id=cache_id,
            connection_string=connection_string,
            connection_strings=connection_strings,
            metrics=metrics,
        )

        dbo_v1_database_instance_logical_database.additional_properties = d
        return dbo_v1_database_instance_logical_database

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
