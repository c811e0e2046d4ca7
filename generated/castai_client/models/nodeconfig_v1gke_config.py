from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodeconfig_v1gke_config_on_host_maintenance import (
    NodeconfigV1GKEConfigOnHostMaintenance,
    check_nodeconfig_v1gke_config_on_host_maintenance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1_fallback_configuration import (
        NodeconfigV1FallbackConfiguration,
    )
    from ..models.nodeconfig_v1_secondary_ip_range import NodeconfigV1SecondaryIPRange
    from ..models.nodeconfig_v1gke_config_load_balancers import (
        NodeconfigV1GKEConfigLoadBalancers,
    )


T = TypeVar("T", bound="NodeconfigV1GKEConfig")


@_attrs_define
class NodeconfigV1GKEConfig:
    """
    Attributes:
        disk_type (None | str | Unset):
        fallback_configuration (NodeconfigV1FallbackConfiguration | Unset):
        load_balancers (list[NodeconfigV1GKEConfigLoadBalancers] | Unset):
        max_pods_per_node (int | Unset):
        max_pods_per_node_formula (str | Unset):
        min_cpu_platform (None | str | Unset):
        network_tags (list[str] | Unset):
        on_host_maintenance (NodeconfigV1GKEConfigOnHostMaintenance | Unset):
        secondary_ip_range (NodeconfigV1SecondaryIPRange | Unset):
        use_ephemeral_storage_local_ssd (bool | Unset):
        zones (list[str] | Unset):
    """

    disk_type: None | str | Unset = UNSET
    fallback_configuration: NodeconfigV1FallbackConfiguration | Unset = UNSET
    load_balancers: list[NodeconfigV1GKEConfigLoadBalancers] | Unset = UNSET
    max_pods_per_node: int | Unset = UNSET
    max_pods_per_node_formula: str | Unset = UNSET
    min_cpu_platform: None | str | Unset = UNSET
    network_tags: list[str] | Unset = UNSET
    on_host_maintenance: NodeconfigV1GKEConfigOnHostMaintenance | Unset = UNSET
    secondary_ip_range: NodeconfigV1SecondaryIPRange | Unset = UNSET
    use_ephemeral_storage_local_ssd: bool | Unset = UNSET
    zones: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk_type: None | str | Unset
        if isinstance(self.disk_type, Unset):
            disk_type = UNSET
        else:
            disk_type = self.disk_type

        fallback_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fallback_configuration, Unset):
            fallback_configuration = self.fallback_configuration.to_dict()

        load_balancers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.load_balancers, Unset):
            load_balancers = []
            for load_balancers_item_data in self.load_balancers:
                load_balancers_item = load_balancers_item_data.to_dict()
                load_balancers.append(load_balancers_item)

        max_pods_per_node = self.max_pods_per_node

        max_pods_per_node_formula = self.max_pods_per_node_formula

        min_cpu_platform: None | str | Unset
        if isinstance(self.min_cpu_platform, Unset):
            min_cpu_platform = UNSET
        else:
            min_cpu_platform = self.min_cpu_platform

        network_tags: list[str] | Unset = UNSET
        if not isinstance(self.network_tags, Unset):
            network_tags = self.network_tags

        on_host_maintenance: str | Unset = UNSET
        if not isinstance(self.on_host_maintenance, Unset):
            on_host_maintenance = self.on_host_maintenance

        secondary_ip_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary_ip_range, Unset):
            secondary_ip_range = self.secondary_ip_range.to_dict()

        use_ephemeral_storage_local_ssd = self.use_ephemeral_storage_local_ssd

        zones: list[str] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = self.zones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disk_type is not UNSET:
            field_dict["diskType"] = disk_type
        if fallback_configuration is not UNSET:
            field_dict["fallbackConfiguration"] = fallback_configuration
        if load_balancers is not UNSET:
            field_dict["loadBalancers"] = load_balancers
        if max_pods_per_node is not UNSET:
            field_dict["maxPodsPerNode"] = max_pods_per_node
        if max_pods_per_node_formula is not UNSET:
            field_dict["maxPodsPerNodeFormula"] = max_pods_per_node_formula
        if min_cpu_platform is not UNSET:
            field_dict["minCpuPlatform"] = min_cpu_platform
        if network_tags is not UNSET:
            field_dict["networkTags"] = network_tags
        if on_host_maintenance is not UNSET:
            field_dict["onHostMaintenance"] = on_host_maintenance
        if secondary_ip_range is not UNSET:
            field_dict["secondaryIpRange"] = secondary_ip_range
        if use_ephemeral_storage_local_ssd is not UNSET:
            field_dict["useEphemeralStorageLocalSsd"] = use_ephemeral_storage_local_ssd
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1_fallback_configuration import (
            NodeconfigV1FallbackConfiguration,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1_secondary_ip_range import (
            NodeconfigV1SecondaryIPRange,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1gke_config_load_balancers import (
            NodeconfigV1GKEConfigLoadBalancers,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_disk_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disk_type = _parse_disk_type(d.pop("diskType", UNSET))

        _fallback_configuration = d.pop("fallbackConfiguration", UNSET)
        fallback_configuration: NodeconfigV1FallbackConfiguration | Unset
        if isinstance(_fallback_configuration, Unset):
            fallback_configuration = UNSET
        else:
            fallback_configuration = NodeconfigV1FallbackConfiguration.from_dict(
                _fallback_configuration
            )

        _load_balancers = d.pop("loadBalancers", UNSET)
        load_balancers: list[NodeconfigV1GKEConfigLoadBalancers] | Unset = UNSET
        if _load_balancers is not UNSET:
            load_balancers = []
            for load_balancers_item_data in _load_balancers:
                load_balancers_item = NodeconfigV1GKEConfigLoadBalancers.from_dict(
                    load_balancers_item_data
                )

                load_balancers.append(load_balancers_item)

        max_pods_per_node = d.pop("maxPodsPerNode", UNSET)

        max_pods_per_node_formula = d.pop("maxPodsPerNodeFormula", UNSET)

        def _parse_min_cpu_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_cpu_platform = _parse_min_cpu_platform(d.pop("minCpuPlatform", UNSET))

        network_tags = cast(list[str], d.pop("networkTags", UNSET))

        _on_host_maintenance = d.pop("onHostMaintenance", UNSET)
        on_host_maintenance: NodeconfigV1GKEConfigOnHostMaintenance | Unset
        if isinstance(_on_host_maintenance, Unset):
            on_host_maintenance = UNSET
        else:
            on_host_maintenance = check_nodeconfig_v1gke_config_on_host_maintenance(
                _on_host_maintenance
            )

        _secondary_ip_range = d.pop("secondaryIpRange", UNSET)
        secondary_ip_range: NodeconfigV1SecondaryIPRange | Unset
        if isinstance(_secondary_ip_range, Unset):
            secondary_ip_range = UNSET
        else:
            secondary_ip_range = NodeconfigV1SecondaryIPRange.from_dict(
                _secondary_ip_range
            )

        use_ephemeral_storage_local_ssd = d.pop("useEphemeralStorageLocalSsd", UNSET)

        zones = cast(list[str], d.pop("zones", UNSET))

        nodeconfig_v1gke_config = cls(
            disk_type=disk_type,
            fallback_configuration=fallback_configuration,
            load_balancers=load_balancers,
            max_pods_per_node=max_pods_per_node,
            max_pods_per_node_formula=max_pods_per_node_formula,
            min_cpu_platform=min_cpu_platform,
            network_tags=network_tags,
            on_host_maintenance=on_host_maintenance,
            secondary_ip_range=secondary_ip_range,
            use_ephemeral_storage_local_ssd=use_ephemeral_storage_local_ssd,
            zones=zones,
        )

        nodeconfig_v1gke_config.additional_properties = d
        return nodeconfig_v1gke_config

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
