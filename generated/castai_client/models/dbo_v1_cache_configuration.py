from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1ttl_mode import DboV1TTLMode, check_dbo_v1ttl_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics
    from ..models.dbo_v1_caching import DboV1Caching


T = TypeVar("T", bound="DboV1CacheConfiguration")


@_attrs_define
class DboV1CacheConfiguration:
    """
    Attributes:
        database_name (str):
        cache_id (str | Unset):
        caching (DboV1Caching | Unset):
        connection_string (None | str | Unset):
        connection_strings (list[str] | Unset):
        id (str | Unset):
        metrics (DboV1CacheMetrics | Unset):
        mode (DboV1TTLMode | Unset):
        version (int | Unset):
    """

    database_name: str
    cache_id: str | Unset = UNSET
    caching: DboV1Caching | Unset = UNSET
    connection_string: None | str | Unset = UNSET
    connection_strings: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    metrics: DboV1CacheMetrics | Unset = UNSET
    mode: DboV1TTLMode | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_name = self.database_name

        cache_id = self.cache_id

        caching: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caching, Unset):
            caching = self.caching.to_dict()

        connection_string: None | str | Unset
        if isinstance(self.connection_string, Unset):
            connection_string = UNSET
        else:
            connection_string = self.connection_string

        connection_strings: list[str] | Unset = UNSET
        if not isinstance(self.connection_strings, Unset):
            connection_strings = self.connection_strings

        id = self.id

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databaseName": database_name,
            }
        )
        if cache_id is not UNSET:
            field_dict["cacheId"] = cache_id
        if caching is not UNSET:
            field_dict["caching"] = caching
        if connection_string is not UNSET:
            field_dict["connectionString"] = connection_string
        if connection_strings is not UNSET:
            field_dict["connectionStrings"] = connection_strings
        if id is not UNSET:
            field_dict["id"] = id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if mode is not UNSET:
            field_dict["mode"] = mode
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics  # noqa: PLC0415
        from ..models.dbo_v1_caching import DboV1Caching  # noqa: PLC0415

        d = dict(src_dict)
        database_name = d.pop("databaseName")

        cache_id = d.pop("cacheId", UNSET)

        _caching = d.pop("caching", UNSET)
        caching: DboV1Caching | Unset
        if isinstance(_caching, Unset):
            caching = UNSET
        else:
            caching = DboV1Caching.from_dict(_caching)

        def _parse_connection_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_string = _parse_connection_string(d.pop("connectionString", UNSET))

        connection_strings = cast(list[str], d.pop("connectionStrings", UNSET))

        id = d.pop("id", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: DboV1CacheMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DboV1CacheMetrics.from_dict(_metrics)

        _mode = d.pop("mode", UNSET)
        mode: DboV1TTLMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_dbo_v1ttl_mode(_mode)

        version = d.pop("version", UNSET)

        dbo_v1_cache_configuration = cls(
            database_name=database_name,
            cache_id=cache_id,
            caching=caching,
            connection_string=connection_string,
            connection_strings=connection_strings,
            id=id,
            metrics=metrics,
            mode=mode,
            version=version,
        )

        dbo_v1_cache_configuration.additional_properties = d
        return dbo_v1_cache_configuration

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
