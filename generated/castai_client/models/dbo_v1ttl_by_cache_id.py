from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1ttl_mode import DboV1TTLMode, check_dbo_v1ttl_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1ttl_configuration import DboV1TTLConfiguration


T = TypeVar("T", bound="DboV1TTLByCacheId")


@_attrs_define
class DboV1TTLByCacheId:
    """
    Attributes:
        cache_default_ttl (DboV1TTLMode | Unset):
        cache_id (str | Unset):
        database_name (str | Unset):
        entries (list[DboV1TTLConfiguration] | Unset):
    """

    cache_default_ttl: DboV1TTLMode | Unset = UNSET
    cache_id: str | Unset = UNSET
    database_name: str | Unset = UNSET
    entries: list[DboV1TTLConfiguration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_default_ttl: str | Unset = UNSET
        if not isinstance(self.cache_default_ttl, Unset):
            cache_default_ttl = self.cache_default_ttl

        cache_id = self.cache_id

        database_name = self.database_name

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_default_ttl is not UNSET:
            field_dict["cacheDefaultTtl"] = cache_default_ttl
        if cache_id is not UNSET:
            field_dict["cacheId"] = cache_id
        if database_name is not UNSET:
            field_dict["databaseName"] = database_name
        if entries is not UNSET:
            field_dict["entries"] = entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1ttl_configuration import DboV1TTLConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        _cache_default_ttl = d.pop("cacheDefaultTtl", UNSET)
        cache_default_ttl: DboV1TTLMode | Unset
        if isinstance(_cache_default_ttl, Unset):
            cache_default_ttl = UNSET
        else:
            cache_default_ttl = check_dbo_v1ttl_mode(_cache_default_ttl)

        cache_id = d.pop("cacheId", UNSET)

        database_name = d.pop("databaseName", UNSET)

        _entries = d.pop("entries", UNSET)
        entries: list[DboV1TTLConfiguration] | Unset = UNSET
        if _entries is not UNSET:
            entries = []
            for entries_item_data in _entries:
                entries_item = DboV1TTLConfiguration.from_dict(entries_item_data)

                entries.append(entries_item)

        dbo_v1ttl_by_cache_id = cls(
            cache_default_ttl=cache_default_ttl,
            cache_id=cache_id,
            database_name=database_name,
            entries=entries,
        )

        dbo_v1ttl_by_cache_id.additional_properties = d
        return dbo_v1ttl_by_cache_id

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
