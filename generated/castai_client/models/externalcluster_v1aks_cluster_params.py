from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_http_proxy_config import (
        ExternalclusterV1HttpProxyConfig,
    )


T = TypeVar("T", bound="ExternalclusterV1AKSClusterParams")


@_attrs_define
class ExternalclusterV1AKSClusterParams:
    """
    Attributes:
        cluster_resource_group (str | Unset):
        http_proxy_config (ExternalclusterV1HttpProxyConfig | Unset):
        max_pods_per_node (int | Unset):
        network_plugin (str | Unset):
        node_resource_group (str | Unset):
        pod_cidr (None | str | Unset):
        region (str | Unset):
        subscription_id (str | Unset):
        tenant_id (str | Unset):
        zone_name_pattern (str | Unset):
    """

    cluster_resource_group: str | Unset = UNSET
    http_proxy_config: ExternalclusterV1HttpProxyConfig | Unset = UNSET
    max_pods_per_node: int | Unset = UNSET
    network_plugin: str | Unset = UNSET
    node_resource_group: str | Unset = UNSET
    pod_cidr: None | str | Unset = UNSET
    region: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    zone_name_pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_resource_group = self.cluster_resource_group

        http_proxy_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_proxy_config, Unset):
            http_proxy_config = self.http_proxy_config.to_dict()

        max_pods_per_node = self.max_pods_per_node

        network_plugin = self.network_plugin

        node_resource_group = self.node_resource_group

        pod_cidr: None | str | Unset
        if isinstance(self.pod_cidr, Unset):
            pod_cidr = UNSET
        else:
            pod_cidr = self.pod_cidr

        region = self.region

        subscription_id = self.subscription_id

        tenant_id = self.tenant_id

        zone_name_pattern = self.zone_name_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_resource_group is not UNSET:
            field_dict["clusterResourceGroup"] = cluster_resource_group
        if http_proxy_config is not UNSET:
            field_dict["httpProxyConfig"] = http_proxy_config
        if max_pods_per_node is not UNSET:
            field_dict["maxPodsPerNode"] = max_pods_per_node
        if network_plugin is not UNSET:
            field_dict["networkPlugin"] = network_plugin
        if node_resource_group is not UNSET:
            field_dict["nodeResourceGroup"] = node_resource_group
        if pod_cidr is not UNSET:
            field_dict["podCidr"] = pod_cidr
        if region is not UNSET:
            field_dict["region"] = region
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if zone_name_pattern is not UNSET:
            field_dict["zoneNamePattern"] = zone_name_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_http_proxy_config import (
            ExternalclusterV1HttpProxyConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_resource_group = d.pop("clusterResourceGroup", UNSET)

        _http_proxy_config = d.pop("httpProxyConfig", UNSET)
        http_proxy_config: ExternalclusterV1HttpProxyConfig | Unset
        if isinstance(_http_proxy_config, Unset):
            http_proxy_config = UNSET
        else:
            http_proxy_config = ExternalclusterV1HttpProxyConfig.from_dict(
                _http_proxy_config
            )

        max_pods_per_node = d.pop("maxPodsPerNode", UNSET)

        network_plugin = d.pop("networkPlugin", UNSET)

        node_resource_group = d.pop("nodeResourceGroup", UNSET)

        def _parse_pod_cidr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pod_cidr = _parse_pod_cidr(d.pop("podCidr", UNSET))

        region = d.pop("region", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        zone_name_pattern = d.pop("zoneNamePattern", UNSET)

        externalcluster_v1aks_cluster_params = cls(
            cluster_resource_group=cluster_resource_group,
            http_proxy_config=http_proxy_config,
            max_pods_per_node=max_pods_per_node,
            network_plugin=network_plugin,
            node_resource_group=node_resource_group,
            pod_cidr=pod_cidr,
            region=region,
            subscription_id=subscription_id,
            tenant_id=tenant_id,
            zone_name_pattern=zone_name_pattern,
        )

        externalcluster_v1aks_cluster_params.additional_properties = d
        return externalcluster_v1aks_cluster_params

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
