from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_type import NodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gpu_info import GPUInfo
    from ..models.node_annotations import NodeAnnotations
    from ..models.node_info import NodeInfo
    from ..models.node_instance_labels import NodeInstanceLabels
    from ..models.node_labels import NodeLabels
    from ..models.node_network import NodeNetwork
    from ..models.node_resources import NodeResources
    from ..models.node_spot_config import NodeSpotConfig
    from ..models.node_state import NodeState
    from ..models.taint import Taint


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """A node of a connected cluster.

    Attributes:
        annotations (NodeAnnotations):  Example: {}.
        cloud (str):  Example: aws.
        created_at (datetime.datetime):  Example: 2026-08-01T10:00:00Z.
        id (UUID):  Example: 6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69.
        instance_type (str):  Example: m5.large.
        labels (NodeLabels):  Example: {'kubernetes.io/os': 'linux', 'topology.kubernetes.io/zone': 'us-east-1a'}.
        name (str):  Example: ip-10-0-12-34.ec2.internal.
        resources (NodeResources): Capacity, allocatable and requested resources of a node.
        role (NodeType): Role of a node in the cluster. Example: worker.
        spot_config (NodeSpotConfig): Spot settings of a node.
        state (NodeState): Current state of a node.
        taints (list[Taint]):
        unschedulable (bool):  Example: False.
        added_by (str | Unset):  Example: autoscaler.
        gpu_info (GPUInfo | Unset): GPUs attached to a node.
        instance_architecture (None | str | Unset):  Example: amd64.
        instance_id (None | str | Unset):  Example: i-0abc123def4567890.
        instance_labels (NodeInstanceLabels | Unset):
        instance_name (None | str | Unset):  Example: castai-prod-eks-1a2b3c.
        instance_price (None | str | Unset): Price of the instance in USD per hour. Example: 0.096.
        joined_at (datetime.datetime | Unset):  Example: 2026-08-01T10:02:30Z.
        network (NodeNetwork | Unset): Addresses of a node.
        node_configuration_id (None | Unset | UUID):  Example: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9.
        node_info (NodeInfo | Unset): Software versions reported by the node.
        provider_id (None | str | Unset):  Example: aws:///us-east-1a/i-0abc123def4567890.
        subnet_id (None | str | Unset):  Example: subnet-0a1b2c3d4e5f67890.
        zone (str | Unset):  Example: us-east-1a.
    """

    annotations: NodeAnnotations
    cloud: str
    created_at: datetime.datetime
    id: UUID
    instance_type: str
    labels: NodeLabels
    name: str
    resources: NodeResources
    role: NodeType
    spot_config: NodeSpotConfig
    state: NodeState
    taints: list[Taint]
    unschedulable: bool
    added_by: str | Unset = UNSET
    gpu_info: GPUInfo | Unset = UNSET
    instance_architecture: None | str | Unset = UNSET
    instance_id: None | str | Unset = UNSET
    instance_labels: NodeInstanceLabels | Unset = UNSET
    instance_name: None | str | Unset = UNSET
    instance_price: None | str | Unset = UNSET
    joined_at: datetime.datetime | Unset = UNSET
    network: NodeNetwork | Unset = UNSET
    node_configuration_id: None | Unset | UUID = UNSET
    node_info: NodeInfo | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    subnet_id: None | str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations = self.annotations.to_dict()

        cloud = self.cloud

        created_at = self.created_at.isoformat()

        id = str(self.id)

        instance_type = self.instance_type

        labels = self.labels.to_dict()

        name = self.name

        resources = self.resources.to_dict()

        role = self.role.value

        spot_config = self.spot_config.to_dict()

        state = self.state.to_dict()

        taints = []
        for taints_item_data in self.taints:
            taints_item = taints_item_data.to_dict()
            taints.append(taints_item)

        unschedulable = self.unschedulable

        added_by = self.added_by

        gpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_info, Unset):
            gpu_info = self.gpu_info.to_dict()

        instance_architecture: None | str | Unset
        if isinstance(self.instance_architecture, Unset):
            instance_architecture = UNSET
        else:
            instance_architecture = self.instance_architecture

        instance_id: None | str | Unset
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        instance_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_labels, Unset):
            instance_labels = self.instance_labels.to_dict()

        instance_name: None | str | Unset
        if isinstance(self.instance_name, Unset):
            instance_name = UNSET
        else:
            instance_name = self.instance_name

        instance_price: None | str | Unset
        if isinstance(self.instance_price, Unset):
            instance_price = UNSET
        else:
            instance_price = self.instance_price

        joined_at: str | Unset = UNSET
        if not isinstance(self.joined_at, Unset):
            joined_at = self.joined_at.isoformat()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        node_configuration_id: None | str | Unset
        if isinstance(self.node_configuration_id, Unset):
            node_configuration_id = UNSET
        elif isinstance(self.node_configuration_id, UUID):
            node_configuration_id = str(self.node_configuration_id)
        else:
            node_configuration_id = self.node_configuration_id

        node_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_info, Unset):
            node_info = self.node_info.to_dict()

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        subnet_id: None | str | Unset
        if isinstance(self.subnet_id, Unset):
            subnet_id = UNSET
        else:
            subnet_id = self.subnet_id

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "cloud": cloud,
                "createdAt": created_at,
                "id": id,
                "instanceType": instance_type,
                "labels": labels,
                "name": name,
                "resources": resources,
                "role": role,
                "spotConfig": spot_config,
                "state": state,
                "taints": taints,
                "unschedulable": unschedulable,
            }
        )
        if added_by is not UNSET:
            field_dict["addedBy"] = added_by
        if gpu_info is not UNSET:
            field_dict["gpuInfo"] = gpu_info
        if instance_architecture is not UNSET:
            field_dict["instanceArchitecture"] = instance_architecture
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if instance_labels is not UNSET:
            field_dict["instanceLabels"] = instance_labels
        if instance_name is not UNSET:
            field_dict["instanceName"] = instance_name
        if instance_price is not UNSET:
            field_dict["instancePrice"] = instance_price
        if joined_at is not UNSET:
            field_dict["joinedAt"] = joined_at
        if network is not UNSET:
            field_dict["network"] = network
        if node_configuration_id is not UNSET:
            field_dict["nodeConfigurationId"] = node_configuration_id
        if node_info is not UNSET:
            field_dict["nodeInfo"] = node_info
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if subnet_id is not UNSET:
            field_dict["subnetId"] = subnet_id
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_info import GPUInfo  # noqa: PLC0415
        from ..models.node_annotations import NodeAnnotations  # noqa: PLC0415
        from ..models.node_info import NodeInfo  # noqa: PLC0415
        from ..models.node_instance_labels import NodeInstanceLabels  # noqa: PLC0415
        from ..models.node_labels import NodeLabels  # noqa: PLC0415
        from ..models.node_network import NodeNetwork  # noqa: PLC0415
        from ..models.node_resources import NodeResources  # noqa: PLC0415
        from ..models.node_spot_config import NodeSpotConfig  # noqa: PLC0415
        from ..models.node_state import NodeState  # noqa: PLC0415
        from ..models.taint import Taint  # noqa: PLC0415

        d = dict(src_dict)
        annotations = NodeAnnotations.from_dict(d.pop("annotations"))

        cloud = d.pop("cloud")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        instance_type = d.pop("instanceType")

        labels = NodeLabels.from_dict(d.pop("labels"))

        name = d.pop("name")

        resources = NodeResources.from_dict(d.pop("resources"))

        role = NodeType(d.pop("role"))

        spot_config = NodeSpotConfig.from_dict(d.pop("spotConfig"))

        state = NodeState.from_dict(d.pop("state"))

        taints = []
        _taints = d.pop("taints")
        for taints_item_data in _taints:
            taints_item = Taint.from_dict(taints_item_data)

            taints.append(taints_item)

        unschedulable = d.pop("unschedulable")

        added_by = d.pop("addedBy", UNSET)

        _gpu_info = d.pop("gpuInfo", UNSET)
        gpu_info: GPUInfo | Unset
        if isinstance(_gpu_info, Unset):
            gpu_info = UNSET
        else:
            gpu_info = GPUInfo.from_dict(_gpu_info)

        def _parse_instance_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_architecture = _parse_instance_architecture(
            d.pop("instanceArchitecture", UNSET)
        )

        def _parse_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_id = _parse_instance_id(d.pop("instanceId", UNSET))

        _instance_labels = d.pop("instanceLabels", UNSET)
        instance_labels: NodeInstanceLabels | Unset
        if isinstance(_instance_labels, Unset):
            instance_labels = UNSET
        else:
            instance_labels = NodeInstanceLabels.from_dict(_instance_labels)

        def _parse_instance_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_name = _parse_instance_name(d.pop("instanceName", UNSET))

        def _parse_instance_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_price = _parse_instance_price(d.pop("instancePrice", UNSET))

        _joined_at = d.pop("joinedAt", UNSET)
        joined_at: datetime.datetime | Unset
        if isinstance(_joined_at, Unset):
            joined_at = UNSET
        else:
            joined_at = datetime.datetime.fromisoformat(_joined_at)

        _network = d.pop("network", UNSET)
        network: NodeNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = NodeNetwork.from_dict(_network)

        def _parse_node_configuration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                node_configuration_id_type_0 = UUID(data)

                return node_configuration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        node_configuration_id = _parse_node_configuration_id(
            d.pop("nodeConfigurationId", UNSET)
        )

        _node_info = d.pop("nodeInfo", UNSET)
        node_info: NodeInfo | Unset
        if isinstance(_node_info, Unset):
            node_info = UNSET
        else:
            node_info = NodeInfo.from_dict(_node_info)

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("providerId", UNSET))

        def _parse_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subnet_id = _parse_subnet_id(d.pop("subnetId", UNSET))

        zone = d.pop("zone", UNSET)

        node = cls(
            annotations=annotations,
            cloud=cloud,
            created_at=created_at,
            id=id,
            instance_type=instance_type,
            labels=labels,
            name=name,
            resources=resources,
            role=role,
            spot_config=spot_config,
            state=state,
            taints=taints,
            unschedulable=unschedulable,
            added_by=added_by,
            gpu_info=gpu_info,
            instance_architecture=instance_architecture,
            instance_id=instance_id,
            instance_labels=instance_labels,
            instance_name=instance_name,
            instance_price=instance_price,
            joined_at=joined_at,
            network=network,
            node_configuration_id=node_configuration_id,
            node_info=node_info,
            provider_id=provider_id,
            subnet_id=subnet_id,
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
