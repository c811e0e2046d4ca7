from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodePoolCreate")


@_attrs_define
class NodePoolCreate:
    """Fields for a new node pool.

    Attributes:
        instance_size (str): Provider instance size. Example: n1-standard-2.
        name (str):  Example: My New Node Pool.
        node_count (int): Number of nodes to start with, up to 5000 in the cluster. Example: 4.
        channel (str | Unset):  Example: stable.
        labels (str | Unset): Kubernetes labels for the nodes, as a comma-separated key=value string.
        platform (str | Unset):  Example: coreos.
        provider_subnet_cidr (str | Unset): Subnet CIDR (AWS only). Example: 172.22.4.0/24.
        provider_subnet_id (str | Unset): Subnet ID (AWS only). Example: subnet-d19044b6.
        root_disk_size (int | Unset): Root disk size in GB. Example: 50.
        zone (str | Unset): Zone (AWS only). Example: us-west-2a.
    """

    instance_size: str
    name: str
    node_count: int
    channel: str | Unset = UNSET
    labels: str | Unset = UNSET
    platform: str | Unset = UNSET
    provider_subnet_cidr: str | Unset = UNSET
    provider_subnet_id: str | Unset = UNSET
    root_disk_size: int | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_size = self.instance_size

        name = self.name

        node_count = self.node_count

        channel = self.channel

        labels = self.labels

        platform = self.platform

        provider_subnet_cidr = self.provider_subnet_cidr

        provider_subnet_id = self.provider_subnet_id

        root_disk_size = self.root_disk_size

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_size": instance_size,
                "name": name,
                "node_count": node_count,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if labels is not UNSET:
            field_dict["labels"] = labels
        if platform is not UNSET:
            field_dict["platform"] = platform
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
        instance_size = d.pop("instance_size")

        name = d.pop("name")

        node_count = d.pop("node_count")

        channel = d.pop("channel", UNSET)

        labels = d.pop("labels", UNSET)

        platform = d.pop("platform", UNSET)

        provider_subnet_cidr = d.pop("provider_subnet_cidr", UNSET)

        provider_subnet_id = d.pop("provider_subnet_id", UNSET)

        root_disk_size = d.pop("root_disk_size", UNSET)

        zone = d.pop("zone", UNSET)

        node_pool_create = cls(
            instance_size=instance_size,
            name=name,
            node_count=node_count,
            channel=channel,
            labels=labels,
            platform=platform,
            provider_subnet_cidr=provider_subnet_cidr,
            provider_subnet_id=provider_subnet_id,
            root_disk_size=root_disk_size,
            zone=zone,
        )

        node_pool_create.additional_properties = d
        return node_pool_create

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
