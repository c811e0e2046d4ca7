from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dbo_v1_cache_configuration import DboV1CacheConfiguration


T = TypeVar("T", bound="DboV1GetCacheConfigurationResponse")


@_attrs_define
class DboV1GetCacheConfigurationResponse:
    """
    Attributes:
        cache_configuration (DboV1CacheConfiguration):
    """

    cache_configuration: DboV1CacheConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_configuration = self.cache_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cacheConfiguration": cache_configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_cache_configuration import DboV1CacheConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        cache_configuration = DboV1CacheConfiguration.from_dict(
            d.pop("cacheConfiguration")
        )

        dbo_v1_get_cache_configuration_response = cls(
            cache_configuration=cache_configuration,
        )

        dbo_v1_get_cache_configuration_response.additional_properties = d
        return dbo_v1_get_cache_configuration_response

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
