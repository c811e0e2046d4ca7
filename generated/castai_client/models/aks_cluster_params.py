from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AKSClusterParams")


@_attrs_define
class AKSClusterParams:
    """Where an AKS cluster runs.

    Attributes:
        cluster_resource_group (str | Unset):  Example: prod.
        max_pods_per_node (int | Unset):  Example: 30.
        network_plugin (str | Unset):  Example: azure.
        node_resource_group (str | Unset):  Example: MC_prod_prod-aks_westeurope.
        pod_cidr (None | str | Unset):
        region (str | Unset):  Example: westeurope.
        subscription_id (UUID | Unset):
        tenant_id (UUID | Unset):
        zone_name_pattern (str | Unset):
    """

    cluster_resource_group: str | Unset = UNSET
    max_pods_per_node: int | Unset = UNSET
    network_plugin: str | Unset = UNSET
    node_resource_group: str | Unset = UNSET
    pod_cidr: None | str | Unset = UNSET
    region: str | Unset = UNSET
    subscription_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    zone_name_pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_resource_group = self.cluster_resource_group

        max_pods_per_node = self.max_pods_per_node

        network_plugin = self.network_plugin

        node_resource_group = self.node_resource_group

        pod_cidr: None | str | Unset
        if isinstance(self.pod_cidr, Unset):
            pod_cidr = UNSET
        else:
            pod_cidr = self.pod_cidr

        region = self.region

        subscription_id: str | Unset = UNSET
        if not isinstance(self.subscription_id, Unset):
            subscription_id = str(self.subscription_id)

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        zone_name_pattern = self.zone_name_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_resource_group is not UNSET:
            field_dict["clusterResourceGroup"] = cluster_resource_group
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
        d = dict(src_dict)
        cluster_resource_group = d.pop("clusterResourceGroup", UNSET)

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

        _subscription_id = d.pop("subscriptionId", UNSET)
        subscription_id: UUID | Unset
        if isinstance(_subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = UUID(_subscription_id)

        _tenant_id = d.pop("tenantId", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        zone_name_pattern = d.pop("zoneNamePattern", UNSET)

        aks_cluster_params = cls(
            cluster_resource_group=cluster_resource_group,
            max_pods_per_node=max_pods_per_node,
            network_plugin=network_plugin,
            node_resource_group=node_resource_group,
            pod_cidr=pod_cidr,
            region=region,
            subscription_id=subscription_id,
            tenant_id=tenant_id,
            zone_name_pattern=zone_name_pattern,
        )

        aks_cluster_params.additional_properties = d
        return aks_cluster_params

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
