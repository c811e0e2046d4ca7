from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1UninstallCacheParams")


@_attrs_define
class DboV1UninstallCacheParams:
    """
    Attributes:
        cache_group_id (str):
        roxy (bool | None | Unset):
    """

    cache_group_id: str
    roxy: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_group_id = self.cache_group_id

        roxy: bool | None | Unset
        if isinstance(self.roxy, Unset):
            roxy = UNSET
        else:
            roxy = self.roxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cacheGroupId": cache_group_id,
            }
        )
        if roxy is not UNSET:
            field_dict["roxy"] = roxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_group_id = d.pop("cacheGroupId")

        def _parse_roxy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        roxy = _parse_roxy(d.pop("roxy", UNSET))

        dbo_v1_uninstall_cache_params = cls(
            cache_group_id=cache_group_id,
            roxy=roxy,
        )

        dbo_v1_uninstall_cache_params.additional_properties = d
        return dbo_v1_uninstall_cache_params

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
