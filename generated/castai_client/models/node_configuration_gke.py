from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeConfigurationGKE")


@_attrs_define
class NodeConfigurationGKE:
    """GKE-specific node settings.

    Attributes:
        disk_type (None | str | Unset):  Example: pd-balanced.
        max_pods_per_node (int | Unset):  Example: 110.
        min_cpu_platform (None | str | Unset):
        network_tags (list[str] | Unset):
        use_ephemeral_storage_local_ssd (bool | Unset):
        zones (list[str] | Unset):
    """

    disk_type: None | str | Unset = UNSET
    max_pods_per_node: int | Unset = UNSET
    min_cpu_platform: None | str | Unset = UNSET
    network_tags: list[str] | Unset = UNSET
    use_ephemeral_storage_local_ssd: bool | Unset = UNSET
    zones: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk_type: None | str | Unset
        if isinstance(self.disk_type, Unset):
            disk_type = UNSET
        else:
            disk_type = self.disk_type

        max_pods_per_node = self.max_pods_per_node

        min_cpu_platform: None | str | Unset
        if isinstance(self.min_cpu_platform, Unset):
            min_cpu_platform = UNSET
        else:
            min_cpu_platform = self.min_cpu_platform

        network_tags: list[str] | Unset = UNSET
        if not isinstance(self.network_tags, Unset):
            network_tags = self.network_tags

        use_ephemeral_storage_local_ssd = self.use_ephemeral_storage_local_ssd

        zones: list[str] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = self.zones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disk_type is not UNSET:
            field_dict["diskType"] = disk_type
        if max_pods_per_node is not UNSET:
            field_dict["maxPodsPerNode"] = max_pods_per_node
        if min_cpu_platform is not UNSET:
            field_dict["minCpuPlatform"] = min_cpu_platform
        if network_tags is not UNSET:
            field_dict["networkTags"] = network_tags
        if use_ephemeral_storage_local_ssd is not UNSET:
            field_dict["useEphemeralStorageLocalSsd"] = use_ephemeral_storage_local_ssd
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_disk_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disk_type = _parse_disk_type(d.pop("diskType", UNSET))

        max_pods_per_node = d.pop("maxPodsPerNode", UNSET)

        def _parse_min_cpu_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_cpu_platform = _parse_min_cpu_platform(d.pop("minCpuPlatform", UNSET))

        network_tags = cast(list[str], d.pop("networkTags", UNSET))

        use_ephemeral_storage_local_ssd = d.pop("useEphemeralStorageLocalSsd", UNSET)

        zones = cast(list[str], d.pop("zones", UNSET))

        node_configuration_gke = cls(
            disk_type=disk_type,
            max_pods_per_node=max_pods_per_node,
            min_cpu_platform=min_cpu_platform,
            network_tags=network_tags,
            use_ephemeral_storage_local_ssd=use_ephemeral_storage_local_ssd,
            zones=zones,
        )

        node_configuration_gke.additional_properties = d
        return node_configuration_gke

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
