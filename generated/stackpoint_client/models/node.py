from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_role import NodeRole
from ..models.node_state import NodeState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """A machine in a cluster.

    Attributes:
        channel (str):  Example: stable.
        cluster (int): Cluster ID. Example: 45.
        created (datetime.datetime):  Example: 2017-12-06T02:22:21.768702Z.
        image (str):  Example: coreos-stable.
        instance_id (str): Internal instance name. Example: spca44o3iw-master-1.
        is_failed (bool):  Example: False.
        location (str): Provider location (region, or region:zone). Example: nyc1.
        pk (int): Node ID. Example: 1.
        platform (str):  Example: coreos.
        pool (int | None): Node pool ID; null for masters.
        pool_name (str): Node pool name; empty for masters.
        private_ip (str):  Example: 10.136.53.103.
        public_ip (str):  Example: 67.205.148.185.
        role (NodeRole): Role of a node or node pool in the cluster. Example: worker.
        size (str): Provider instance size. Example: 2gb.
        state (NodeState): Lifecycle state of a node. `missing` means the node is known to NKS but the provider no
            longer reports it. Example: running.
        updated (datetime.datetime):  Example: 2017-12-07T02:20:57.216553Z.
        etcd_state (str | Unset): etcd membership state of the node. Example: none.
        gpu_core_count (int | None | Unset):
        gpu_instance_size (str | Unset):
        group_name (str | Unset):
        name (str | Unset): Node name, where set.
        provider_node_id (str | Unset): The provider's own ID for the machine. Example: i-0a1b2c3d4e5f67890.
        provider_subnet_cidr (str | Unset):
        provider_subnet_id (str | Unset):
        root_disk_size (int | None | Unset): Root disk size in GB. Example: 50.
        zone (str | Unset):
    """

    channel: str
    cluster: int
    created: datetime.datetime
    image: str
    instance_id: str
    is_failed: bool
    location: str
    pk: int
    platform: str
    pool: int | None
    pool_name: str
    private_ip: str
    public_ip: str
    role: NodeRole
    size: str
    state: NodeState
    updated: datetime.datetime
    etcd_state: str | Unset = UNSET
    gpu_core_count: int | None | Unset = UNSET
    gpu_instance_size: str | Unset = UNSET
    group_name: str | Unset = UNSET
    name: str | Unset = UNSET
    provider_node_id: str | Unset = UNSET
    provider_subnet_cidr: str | Unset = UNSET
    provider_subnet_id: str | Unset = UNSET
    root_disk_size: int | None | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        cluster = self.cluster

        created = self.created.isoformat()

        image = self.image

        instance_id = self.instance_id

        is_failed = self.is_failed

        location = self.location

        pk = self.pk

        platform = self.platform

        pool: int | None
        pool = self.pool

        pool_name = self.pool_name

        private_ip = self.private_ip

        public_ip = self.public_ip

        role = self.role.value

        size = self.size

        state = self.state.value

        updated = self.updated.isoformat()

        etcd_state = self.etcd_state

        gpu_core_count: int | None | Unset
        if isinstance(self.gpu_core_count, Unset):
            gpu_core_count = UNSET
        else:
            gpu_core_count = self.gpu_core_count

        gpu_instance_size = self.gpu_instance_size

        group_name = self.group_name

        name = self.name

        provider_node_id = self.provider_node_id

        provider_subnet_cidr = self.provider_subnet_cidr

        provider_subnet_id = self.provider_subnet_id

        root_disk_size: int | None | Unset
        if isinstance(self.root_disk_size, Unset):
            root_disk_size = UNSET
        else:
            root_disk_size = self.root_disk_size

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "cluster": cluster,
                "created": created,
                "image": image,
                "instance_id": instance_id,
                "is_failed": is_failed,
                "location": location,
                "pk": pk,
                "platform": platform,
                "pool": pool,
                "pool_name": pool_name,
                "private_ip": private_ip,
                "public_ip": public_ip,
                "role": role,
                "size": size,
                "state": state,
                "updated": updated,
            }
        )
        if etcd_state is not UNSET:
            field_dict["etcd_state"] = etcd_state
        if gpu_core_count is not UNSET:
            field_dict["gpu_core_count"] = gpu_core_count
        if gpu_instance_size is not UNSET:
            field_dict["gpu_instance_size"] = gpu_instance_size
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if name is not UNSET:
            field_dict["name"] = name
        if provider_node_id is not UNSET:
            field_dict["provider_node_id"] = provider_node_id
        if provider_subnet_cidr is not UNSET:
            field_dict["provider_subnet_cidr"] = provider_subnet_cidr
        if provider_subnet_id is not UNSET:
            field_dict["provider_subnet_id"] = provider_subnet_id
        if root_disk_size is not UNSET:
            field_dict["root_disk_size"] = root_disk_size
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        cluster = d.pop("cluster")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        image = d.pop("image")

        instance_id = d.pop("instance_id")

        is_failed = d.pop("is_failed")

        location = d.pop("location")

        pk = d.pop("pk")

        platform = d.pop("platform")

        def _parse_pool(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pool = _parse_pool(d.pop("pool"))

        pool_name = d.pop("pool_name")

        private_ip = d.pop("private_ip")

        public_ip = d.pop("public_ip")

        role = NodeRole(d.pop("role"))

        size = d.pop("size")

        state = NodeState(d.pop("state"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        etcd_state = d.pop("etcd_state", UNSET)

        def _parse_gpu_core_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gpu_core_count = _parse_gpu_core_count(d.pop("gpu_core_count", UNSET))

        gpu_instance_size = d.pop("gpu_instance_size", UNSET)

        group_name = d.pop("group_name", UNSET)

        name = d.pop("name", UNSET)

        provider_node_id = d.pop("provider_node_id", UNSET)

        provider_subnet_cidr = d.pop("provider_subnet_cidr", UNSET)

        provider_subnet_id = d.pop("provider_subnet_id", UNSET)

        def _parse_root_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        root_disk_size = _parse_root_disk_size(d.pop("root_disk_size", UNSET))

        zone = d.pop("zone", UNSET)

        node = cls(
            channel=channel,
            cluster=cluster,
            created=created,
            image=image,
            instance_id=instance_id,
            is_failed=is_failed,
            location=location,
            pk=pk,
            platform=platform,
            pool=pool,
            pool_name=pool_name,
            private_ip=private_ip,
            public_ip=public_ip,
            role=role,
            size=size,
            state=state,
            updated=updated,
            etcd_state=etcd_state,
            gpu_core_count=gpu_core_count,
            gpu_instance_size=gpu_instance_size,
            group_name=group_name,
            name=name,
            provider_node_id=provider_node_id,
            provider_subnet_cidr=provider_subnet_cidr,
            provider_subnet_id=provider_subnet_id,
            root_disk_size=root_disk_size,
            zone=zone,
        )

        node.additional_properties = d
        return node

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
