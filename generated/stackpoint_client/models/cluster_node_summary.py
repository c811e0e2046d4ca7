from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_role import NodeRole
from ..models.node_state import NodeState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterNodeSummary")


@_attrs_define
class ClusterNodeSummary:
    """A node as embedded in a federated cluster.

    Attributes:
        instance_id (str):  Example: netpsu50lk-master-1.
        is_failed (bool):  Example: False.
        pk (int): Node ID. Example: 19659.
        role (NodeRole): Role of a node or node pool in the cluster. Example: worker.
        state (NodeState): Lifecycle state of a node. `missing` means the node is known to NKS but the provider no
            longer reports it. Example: running.
        gpu_core_count (int | None | Unset):
        gpu_instance_size (str | Unset):
        pool (int | None | Unset): Node pool ID; null for masters.
        pool_name (str | Unset):
        private_ip (str | Unset):  Example: 10.138.0.24.
        provider_node_id (str | Unset):  Example: GKE.104.196.240.169.
        public_ip (str | Unset):  Example: 104.196.240.169.
        root_disk_size (int | None | Unset):
        size (str | Unset):  Example: n1-standard-1.
        zone (str | Unset):
    """

    instance_id: str
    is_failed: bool
    pk: int
    role: NodeRole
    state: NodeState
    gpu_core_count: int | None | Unset = UNSET
    gpu_instance_size: str | Unset = UNSET
    pool: int | None | Unset = UNSET
    pool_name: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    provider_node_id: str | Unset = UNSET
    public_ip: str | Unset = UNSET
    root_disk_size: int | None | Unset = UNSET
    size: str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        is_failed = self.is_failed

        pk = self.pk

        role = self.role.value

        state = self.state.value

        gpu_core_count: int | None | Unset
        if isinstance(self.gpu_core_count, Unset):
            gpu_core_count = UNSET
        else:
            gpu_core_count = self.gpu_core_count

        gpu_instance_size = self.gpu_instance_size

        pool: int | None | Unset
        if isinstance(self.pool, Unset):
            pool = UNSET
        else:
            pool = self.pool

        pool_name = self.pool_name

        private_ip = self.private_ip

        provider_node_id = self.provider_node_id

        public_ip = self.public_ip

        root_disk_size: int | None | Unset
        if isinstance(self.root_disk_size, Unset):
            root_disk_size = UNSET
        else:
            root_disk_size = self.root_disk_size

        size = self.size

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_id": instance_id,
                "is_failed": is_failed,
                "pk": pk,
                "role": role,
                "state": state,
            }
        )
        if gpu_core_count is not UNSET:
            field_dict["gpu_core_count"] = gpu_core_count
        if gpu_instance_size is not UNSET:
            field_dict["gpu_instance_size"] = gpu_instance_size
        if pool is not UNSET:
            field_dict["pool"] = pool
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if provider_node_id is not UNSET:
            field_dict["provider_node_id"] = provider_node_id
        if public_ip is not UNSET:
            field_dict["public_ip"] = public_ip
        if root_disk_size is not UNSET:
            field_dict["root_disk_size"] = root_disk_size
        if size is not UNSET:
            field_dict["size"] = size
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id")

        is_failed = d.pop("is_failed")

        pk = d.pop("pk")

        role = NodeRole(d.pop("role"))

        state = NodeState(d.pop("state"))

        def _parse_gpu_core_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gpu_core_count = _parse_gpu_core_count(d.pop("gpu_core_count", UNSET))

        gpu_instance_size = d.pop("gpu_instance_size", UNSET)

        def _parse_pool(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pool = _parse_pool(d.pop("pool", UNSET))

        pool_name = d.pop("pool_name", UNSET)

        private_ip = d.pop("private_ip", UNSET)

        provider_node_id = d.pop("provider_node_id", UNSET)

        public_ip = d.pop("public_ip", UNSET)

        def _parse_root_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        root_disk_size = _parse_root_disk_size(d.pop("root_disk_size", UNSET))

        size = d.pop("size", UNSET)

        zone = d.pop("zone", UNSET)

        cluster_node_summary = cls(
            instance_id=instance_id,
            is_failed=is_failed,
            pk=pk,
            role=role,
            state=state,
            gpu_core_count=gpu_core_count,
            gpu_instance_size=gpu_instance_size,
            pool=pool,
            pool_name=pool_name,
            private_ip=private_ip,
            provider_node_id=provider_node_id,
            public_ip=public_ip,
            root_disk_size=root_disk_size,
            size=size,
            zone=zone,
        )

        cluster_node_summary.additional_properties = d
        return cluster_node_summary

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
