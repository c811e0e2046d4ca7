from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_raid_config import ExternalclusterV1RaidConfig


T = TypeVar("T", bound="ExternalclusterV1NodeVolume")


@_attrs_define
class ExternalclusterV1NodeVolume:
    """
    Attributes:
        raid_config (ExternalclusterV1RaidConfig | Unset):
        size (int | Unset):
        stop_enabled (bool | None | Unset):
    """

    raid_config: ExternalclusterV1RaidConfig | Unset = UNSET
    size: int | Unset = UNSET
    stop_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raid_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raid_config, Unset):
            raid_config = self.raid_config.to_dict()

        size = self.size

        stop_enabled: bool | None | Unset
        if isinstance(self.stop_enabled, Unset):
            stop_enabled = UNSET
        else:
            stop_enabled = self.stop_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raid_config is not UNSET:
            field_dict["raidConfig"] = raid_config
        if size is not UNSET:
            field_dict["size"] = size
        if stop_enabled is not UNSET:
            field_dict["stopEnabled"] = stop_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_raid_config import ExternalclusterV1RaidConfig  # noqa: PLC0415

        d = dict(src_dict)
        _raid_config = d.pop("raidConfig", UNSET)
        raid_config: ExternalclusterV1RaidConfig | Unset
        if isinstance(_raid_config, Unset):
            raid_config = UNSET
        else:
            raid_config = ExternalclusterV1RaidConfig.from_dict(_raid_config)

        size = d.pop("size", UNSET)

        def _parse_stop_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stop_enabled = _parse_stop_enabled(d.pop("stopEnabled", UNSET))

        externalcluster_v1_node_volume = cls(
            raid_config=raid_config,
            size=size,
            stop_enabled=stop_enabled,
        )

        externalcluster_v1_node_volume.additional_properties = d
        return externalcluster_v1_node_volume

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
