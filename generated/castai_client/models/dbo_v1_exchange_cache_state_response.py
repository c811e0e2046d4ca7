from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1ttl_by_cache_id import DboV1TTLByCacheId


T = TypeVar("T", bound="DboV1ExchangeCacheStateResponse")


@_attrs_define
class DboV1ExchangeCacheStateResponse:
    """
    Attributes:
        direct_mode (bool | Unset):
        ttl_configurations (list[DboV1TTLByCacheId] | Unset):
    """

    direct_mode: bool | Unset = UNSET
    ttl_configurations: list[DboV1TTLByCacheId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direct_mode = self.direct_mode

        ttl_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ttl_configurations, Unset):
            ttl_configurations = []
            for ttl_configurations_item_data in self.ttl_configurations:
                ttl_configurations_item = ttl_configurations_item_data.to_dict()
                ttl_configurations.append(ttl_configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direct_mode is not UNSET:
            field_dict["directMode"] = direct_mode
        if ttl_configurations is not UNSET:
            field_dict["ttlConfigurations"] = ttl_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1ttl_by_cache_id import DboV1TTLByCacheId  # noqa: PLC0415

        d = dict(src_dict)
        direct_mode = d.pop("directMode", UNSET)

        _ttl_configurations = d.pop("ttlConfigurations", UNSET)
        ttl_configurations: list[DboV1TTLByCacheId] | Unset = UNSET
        if _ttl_configurations is not UNSET:
            ttl_configurations = []
            for ttl_configurations_item_data in _ttl_configurations:
                ttl_configurations_item = DboV1TTLByCacheId.from_dict(
                    ttl_configurations_item_data
                )

                ttl_configurations.append(ttl_configurations_item)

        dbo_v1_exchange_cache_state_response = cls(
            direct_mode=direct_mode,
            ttl_configurations=ttl_configurations,
        )

        dbo_v1_exchange_cache_state_response.additional_properties = d
        return dbo_v1_exchange_cache_state_response

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
