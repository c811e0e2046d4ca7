from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.castai_evictor_v1_eviction_config import CastaiEvictorV1EvictionConfig


T = TypeVar("T", bound="CastaiEvictorV1AdvancedConfig")


@_attrs_define
class CastaiEvictorV1AdvancedConfig:
    """
    Attributes:
        eviction_config (list[CastaiEvictorV1EvictionConfig]):
    """

    eviction_config: list[CastaiEvictorV1EvictionConfig]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eviction_config = []
        for eviction_config_item_data in self.eviction_config:
            eviction_config_item = eviction_config_item_data.to_dict()
            eviction_config.append(eviction_config_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evictionConfig": eviction_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_evictor_v1_eviction_config import (
            CastaiEvictorV1EvictionConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        eviction_config = []
        _eviction_config = d.pop("evictionConfig")
        for eviction_config_item_data in _eviction_config:
            eviction_config_item = CastaiEvictorV1EvictionConfig.from_dict(
                eviction_config_item_data
            )

            eviction_config.append(eviction_config_item)

        castai_evictor_v1_advanced_config = cls(
            eviction_config=eviction_config,
        )

        castai_evictor_v1_advanced_config.additional_properties = d
        return castai_evictor_v1_advanced_config

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
