from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1gke_config_load_balancers_target_backend_pools import (
        NodeconfigV1GKEConfigLoadBalancersTargetBackendPools,
    )
    from ..models.nodeconfig_v1gke_config_load_balancers_unmanaged_instance_groups import (
        NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups,
    )


T = TypeVar("T", bound="NodeconfigV1GKEConfigLoadBalancers")


@_attrs_define
class NodeconfigV1GKEConfigLoadBalancers:
    """
    Attributes:
        target_backend_pools (list[NodeconfigV1GKEConfigLoadBalancersTargetBackendPools] | Unset):
        unmanaged_instance_groups (list[NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups] | Unset):
    """

    target_backend_pools: (
        list[NodeconfigV1GKEConfigLoadBalancersTargetBackendPools] | Unset
    ) = UNSET
    unmanaged_instance_groups: (
        list[NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_backend_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_backend_pools, Unset):
            target_backend_pools = []
            for target_backend_pools_item_data in self.target_backend_pools:
                target_backend_pools_item = target_backend_pools_item_data.to_dict()
                target_backend_pools.append(target_backend_pools_item)

        unmanaged_instance_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unmanaged_instance_groups, Unset):
            unmanaged_instance_groups = []
            for unmanaged_instance_groups_item_data in self.unmanaged_instance_groups:
                unmanaged_instance_groups_item = (
                    unmanaged_instance_groups_item_data.to_dict()
                )
                unmanaged_instance_groups.append(unmanaged_instance_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_backend_pools is not UNSET:
            field_dict["targetBackendPools"] = target_backend_pools
        if unmanaged_instance_groups is not UNSET:
            field_dict["unmanagedInstanceGroups"] = unmanaged_instance_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1gke_config_load_balancers_target_backend_pools import (
            NodeconfigV1GKEConfigLoadBalancersTargetBackendPools,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1gke_config_load_balancers_unmanaged_instance_groups import (
            NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _target_backend_pools = d.pop("targetBackendPools", UNSET)
        target_backend_pools: (
            list[NodeconfigV1GKEConfigLoadBalancersTargetBackendPools] | Unset
        ) = UNSET
        if _target_backend_pools is not UNSET:
            target_backend_pools = []
            for target_backend_pools_item_data in _target_backend_pools:
                target_backend_pools_item = (
                    NodeconfigV1GKEConfigLoadBalancersTargetBackendPools.from_dict(
                        target_backend_pools_item_data
                    )
                )

                target_backend_pools.append(target_backend_pools_item)

        _unmanaged_instance_groups = d.pop("unmanagedInstanceGroups", UNSET)
        unmanaged_instance_groups: (
            list[NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups] | Unset
        ) = UNSET
        if _unmanaged_instance_groups is not UNSET:
            unmanaged_instance_groups = []
            for unmanaged_instance_groups_item_data in _unmanaged_instance_groups:
                unmanaged_instance_groups_item = (
                    NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups.from_dict(
                        unmanaged_instance_groups_item_data
                    )
                )

                unmanaged_instance_groups.append(unmanaged_instance_groups_item)

        nodeconfig_v1gke_config_load_balancers = cls(
            target_backend_pools=target_backend_pools,
            unmanaged_instance_groups=unmanaged_instance_groups,
        )

        nodeconfig_v1gke_config_load_balancers.additional_properties = d
        return nodeconfig_v1gke_config_load_balancers

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
