from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1aks_config_load_balancers_ip_based_backend_pool import (
        NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool,
    )
    from ..models.nodeconfig_v1aks_config_load_balancers_nic_based_backend_pool import (
        NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool,
    )


T = TypeVar("T", bound="NodeconfigV1AKSConfigLoadBalancers")


@_attrs_define
class NodeconfigV1AKSConfigLoadBalancers:
    """
    Attributes:
        id (str | Unset):
        ip_based_backend_pools (list[NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool] | Unset):
        name (str | Unset):
        nic_based_backend_pools (list[NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool] | Unset):
    """

    id: str | Unset = UNSET
    ip_based_backend_pools: (
        list[NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool] | Unset
    ) = UNSET
    name: str | Unset = UNSET
    nic_based_backend_pools: (
        list[NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip_based_backend_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_based_backend_pools, Unset):
            ip_based_backend_pools = []
            for ip_based_backend_pools_item_data in self.ip_based_backend_pools:
                ip_based_backend_pools_item = ip_based_backend_pools_item_data.to_dict()
                ip_based_backend_pools.append(ip_based_backend_pools_item)

        name = self.name

        nic_based_backend_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nic_based_backend_pools, Unset):
            nic_based_backend_pools = []
            for nic_based_backend_pools_item_data in self.nic_based_backend_pools:
                nic_based_backend_pools_item = (
                    nic_based_backend_pools_item_data.to_dict()
                )
                nic_based_backend_pools.append(nic_based_backend_pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ip_based_backend_pools is not UNSET:
            field_dict["ipBasedBackendPools"] = ip_based_backend_pools
        if name is not UNSET:
            field_dict["name"] = name
        if nic_based_backend_pools is not UNSET:
            field_dict["nicBasedBackendPools"] = nic_based_backend_pools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1aks_config_load_balancers_ip_based_backend_pool import (
            NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1aks_config_load_balancers_nic_based_backend_pool import (
            NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _ip_based_backend_pools = d.pop("ipBasedBackendPools", UNSET)
        ip_based_backend_pools: (
            list[NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool] | Unset
        ) = UNSET
        if _ip_based_backend_pools is not UNSET:
            ip_based_backend_pools = []
            for ip_based_backend_pools_item_data in _ip_based_backend_pools:
                ip_based_backend_pools_item = (
                    NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool.from_dict(
                        ip_based_backend_pools_item_data
                    )
                )

                ip_based_backend_pools.append(ip_based_backend_pools_item)

        name = d.pop("name", UNSET)

        _nic_based_backend_pools = d.pop("nicBasedBackendPools", UNSET)
        nic_based_backend_pools: (
            list[NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool] | Unset
        ) = UNSET
        if _nic_based_backend_pools is not UNSET:
            nic_based_backend_pools = []
            for nic_based_backend_pools_item_data in _nic_based_backend_pools:
                nic_based_backend_pools_item = (
                    NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool.from_dict(
                        nic_based_backend_pools_item_data
                    )
                )

                nic_based_backend_pools.append(nic_based_backend_pools_item)

        nodeconfig_v1aks_config_load_balancers = cls(
            id=id,
            ip_based_backend_pools=ip_based_backend_pools,
            name=name,
            nic_based_backend_pools=nic_based_backend_pools,
        )

        nodeconfig_v1aks_config_load_balancers.additional_properties = d
        return nodeconfig_v1aks_config_load_balancers

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
