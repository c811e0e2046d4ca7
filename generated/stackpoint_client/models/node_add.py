from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_role import NodeRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeAdd")


@_attrs_define
class NodeAdd:
    """Nodes to add to a cluster or node pool.

    Attributes:
        node_count (int): How many nodes to add, up to 5000 in the cluster. Add masters one at a time. Example: 1.
        size (str): Provider instance size. Example: 2gb.
        group (str | Unset): Legacy node group name.
        node_pool (int | Unset): Pool for new workers; the default pool when omitted. Ignored for masters. Example: 2.
        provider_subnet_cidr (str | Unset): Subnet CIDR (AWS masters only). Example: 172.22.4.0/24.
        provider_subnet_id (str | Unset): Subnet ID (AWS masters only). Example: subnet-d19044b6.
        role (NodeRole | Unset): Role of a node or node pool in the cluster. Example: worker.
        zone (str | Unset): Zone (AWS masters only). Example: us-west-2a.
    """

    node_count: int
    size: str
    group: str | Unset = UNSET
    node_pool: int | Unset = UNSET
    provider_subnet_cidr: str | Unset = UNSET
    provider_subnet_id: str | Unset = UNSET
    role: NodeRole | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_count = self.node_count

        size = self.size

        group = self.group

        node_pool = self.node_pool

        provider_subnet_cidr = self.provider_subnet_cidr

        provider_subnet_id = self.provider_subnet_id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_count": node_count,
                "size": size,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if node_pool is not UNSET:
            field_dict["node_pool"] = node_pool
        if provider_subnet_cidr is not UNSET:
            field_dict["provider_subnet_cidr"] = provider_subnet_cidr
        if provider_subnet_id is not UNSET:
            field_dict["provider_subnet_id"] = provider_subnet_id
        if role is not UNSET:
            field_dict["role"] = role
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_count = d.pop("node_count")

        size = d.pop("size")

        group = d.pop("group", UNSET)

        node_pool = d.pop("node_pool", UNSET)

        provider_subnet_cidr = d.pop("provider_subnet_cidr", UNSET)

        provider_subnet_id = d.pop("provider_subnet_id", UNSET)

        _role = d.pop("role", UNSET)
        role: NodeRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = NodeRole(_role)

        zone = d.pop("zone", UNSET)

        node_add = cls(
            node_count=node_count,
            size=size,
            group=group,
            node_pool=node_pool,
            provider_subnet_cidr=provider_subnet_cidr,
            provider_subnet_id=provider_subnet_id,
            role=role,
            zone=zone,
        )

        node_add.additional_properties = d
        return node_add

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
