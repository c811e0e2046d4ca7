from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_pool_state import NodePoolState
from ..models.node_role import NodeRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.freeform_object import FreeformObject


T = TypeVar("T", bound="NodePool")


@_attrs_define
class NodePool:
    """A group of worker nodes sharing size, image and autoscaling settings.

    Attributes:
        autoscaled (bool):  Example: False.
        channel (str):  Example: stable.
        cluster (int): Cluster ID. Example: 45.
        created (datetime.datetime):  Example: 2019-02-15T16:28:01.307143Z.
        instance_id (str):  Example: spc8brwf3x-pool-1.
        instance_size (str): Provider instance size of the pool's nodes. Example: t2.large.
        is_default (bool): Whether this is the cluster's default worker pool. Example: True.
        labels (str): Kubernetes labels applied to the pool's nodes, as a comma-separated key=value string.
        max_count (int): Autoscaling ceiling; 0 when autoscaling is off. Example: 0.
        min_count (int): Autoscaling floor; 0 when autoscaling is off. Example: 0.
        name (str):  Example: Default Worker Pool.
        node_count (int):  Example: 2.
        pk (int): Node pool ID. Example: 2.
        platform (str):  Example: coreos.
        provider_subnet_cidr (str):  Example: 172.22.4.0/24.
        provider_subnet_id (str):  Example: subnet-d19044b6.
        role (NodeRole): Role of a node or node pool in the cluster. Example: worker.
        root_disk_size (int | None): Root disk size in GB. Example: 50.
        state (NodePoolState): Lifecycle state of a node pool. Example: active.
        updated (datetime.datetime):  Example: 2019-02-15T16:28:02.022251Z.
        zone (str):  Example: us-west-2a.
        config (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or billing
            backend. Example: {}.
        cpu (str | Unset): vCPUs per node, where known. Example: 2.
        gpu_core_count (int | None | Unset):
        gpu_instance_size (str | Unset):
        memory (str | Unset): Memory per node in GB, where known. Example: 8.
        network_components (list[FreeformObject] | Unset):  Example: [].
    """

    autoscaled: bool
    channel: str
    cluster: int
    created: datetime.datetime
    instance_id: str
    instance_size: str
    is_default: bool
    labels: str
    max_count: int
    min_count: int
    name: str
    node_count: int
    pk: int
    platform: str
    provider_subnet_cidr: str
    provider_subnet_id: str
    role: NodeRole
    root_disk_size: int | None
    state: NodePoolState
    updated: datetime.datetime
    zone: str
    config: FreeformObject | Unset = UNSET
    cpu: str | Unset = UNSET
    gpu_core_count: int | None | Unset = UNSET
    gpu_instance_size: str | Unset = UNSET
    memory: str | Unset = UNSET
    network_components: list[FreeformObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autoscaled = self.autoscaled

        channel = self.channel

        cluster = self.cluster

        created = self.created.isoformat()

        instance_id = self.instance_id

        instance_size = self.instance_size

        is_default = self.is_default

        labels = self.labels

        max_count = self.max_count

        min_count = self.min_count

        name = self.name

        node_count = self.node_count

        pk = self.pk

        platform = self.platform

        provider_subnet_cidr = self.provider_subnet_cidr

        provider_subnet_id = self.provider_subnet_id

        role = self.role.value

        root_disk_size: int | None
        root_disk_size = self.root_disk_size

        state = self.state.value

        updated = self.updated.isoformat()

        zone = self.zone

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        cpu = self.cpu

        gpu_core_count: int | None | Unset
        if isinstance(self.gpu_core_count, Unset):
            gpu_core_count = UNSET
        else:
            gpu_core_count = self.gpu_core_count

        gpu_instance_size = self.gpu_instance_size

        memory = self.memory

        network_components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.network_components, Unset):
            network_components = []
            for network_components_item_data in self.network_components:
                network_components_item = network_components_item_data.to_dict()
                network_components.append(network_components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoscaled": autoscaled,
                "channel": channel,
                "cluster": cluster,
                "created": created,
                "instance_id": instance_id,
                "instance_size": instance_size,
                "is_default": is_default,
                "labels": labels,
                "max_count": max_count,
                "min_count": min_count,
                "name": name,
                "node_count": node_count,
                "pk": pk,
                "platform": platform,
                "provider_subnet_cidr": provider_subnet_cidr,
                "provider_subnet_id": provider_subnet_id,
                "role": role,
                "root_disk_size": root_disk_size,
                "state": state,
                "updated": updated,
                "zone": zone,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu_core_count is not UNSET:
            field_dict["gpu_core_count"] = gpu_core_count
        if gpu_instance_size is not UNSET:
            field_dict["gpu_instance_size"] = gpu_instance_size
        if memory is not UNSET:
            field_dict["memory"] = memory
        if network_components is not UNSET:
            field_dict["network_components"] = network_components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415

        d = dict(src_dict)
        autoscaled = d.pop("autoscaled")

        channel = d.pop("channel")

        cluster = d.pop("cluster")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        instance_id = d.pop("instance_id")

        instance_size = d.pop("instance_size")

        is_default = d.pop("is_default")

        labels = d.pop("labels")

        max_count = d.pop("max_count")

        min_count = d.pop("min_count")

        name = d.pop("name")

        node_count = d.pop("node_count")

        pk = d.pop("pk")

        platform = d.pop("platform")

        provider_subnet_cidr = d.pop("provider_subnet_cidr")

        provider_subnet_id = d.pop("provider_subnet_id")

        role = NodeRole(d.pop("role"))

        def _parse_root_disk_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        root_disk_size = _parse_root_disk_size(d.pop("root_disk_size"))

        state = NodePoolState(d.pop("state"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        zone = d.pop("zone")

        _config = d.pop("config", UNSET)
        config: FreeformObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = FreeformObject.from_dict(_config)

        cpu = d.pop("cpu", UNSET)

        def _parse_gpu_core_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gpu_core_count = _parse_gpu_core_count(d.pop("gpu_core_count", UNSET))

        gpu_instance_size = d.pop("gpu_instance_size", UNSET)

        memory = d.pop("memory", UNSET)

        _network_components = d.pop("network_components", UNSET)
        network_components: list[FreeformObject] | Unset = UNSET
        if _network_components is not UNSET:
            network_components = []
            for network_components_item_data in _network_components:
                network_components_item = FreeformObject.from_dict(
                    network_components_item_data
                )

                network_components.append(network_components_item)

        node_pool = cls(
            autoscaled=autoscaled,
            channel=channel,
            cluster=cluster,
            created=created,
            instance_id=instance_id,
            instance_size=instance_size,
            is_default=is_default,
            labels=labels,
            max_count=max_count,
            min_count=min_count,
            name=name,
            node_count=node_count,
            pk=pk,
            platform=platform,
            provider_subnet_cidr=provider_subnet_cidr,
            provider_subnet_id=provider_subnet_id,
            role=role,
            root_disk_size=root_disk_size,
            state=state,
            updated=updated,
            zone=zone,
            config=config,
            cpu=cpu,
            gpu_core_count=gpu_core_count,
            gpu_instance_size=gpu_instance_size,
            memory=memory,
            network_components=network_components,
        )

        node_pool.additional_properties = d
        return node_pool

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
