from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1ttl_mode import DboV1TTLMode, check_dbo_v1ttl_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1Caching")


@_attrs_define
class DboV1Caching:
    """
    Attributes:
        default_ttl (DboV1TTLMode | Unset):
        enabled (bool | Unset):
    """

    default_ttl: DboV1TTLMode | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_ttl: str | Unset = UNSET
        if not isinstance(self.default_ttl, Unset):
            default_ttl = self.default_ttl

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_ttl is not UNSET:
            field_dict["defaultTtl"] = default_ttl
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _default_ttl = d.pop("defaultTtl", UNSET)
        default_ttl: DboV1TTLMode | Unset
        if isinstance(_default_ttl, Unset):
            default_ttl = UNSET
        else:
            default_ttl = check_dbo_v1ttl_mode(_default_ttl)

        enabled = d.pop("enabled", UNSET)

        dbo_v1_caching = cls(
            default_ttl=default_ttl,
            enabled=enabled,
        )

        dbo_v1_caching.additional_properties = d
        return dbo_v1_caching

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
