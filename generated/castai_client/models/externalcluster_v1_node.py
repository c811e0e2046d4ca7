from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1_node_type import (
    ExternalclusterV1NodeType,
    check_externalcluster_v1_node_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_node_annotations import (
        ExternalclusterV1NodeAnnotations,
    )
    from ..models.externalcluster_v1_node_info import ExternalclusterV1NodeInfo
    from ..models.externalcluster_v1_node_instance_labels import (
        ExternalclusterV1NodeInstanceLabels,
    )
    from ..models.externalcluster_v1_node_labels import ExternalclusterV1NodeLabels
    from ..models.externalcluster_v1_node_network import ExternalclusterV1NodeNetwork
    from ..models.externalcluster_v1_node_spot_config import (
        ExternalclusterV1NodeSpotConfig,
    )
    from ..models.externalcluster_v1_node_state import ExternalclusterV1NodeState
    from ..models.externalcluster_v1_resources import ExternalclusterV1Resources
    from ..models.externalcluster_v1_taint import ExternalclusterV1Taint
    from ..models.externalcluster_v1gpu_info import ExternalclusterV1GPUInfo


T = TypeVar("T", bound="ExternalclusterV1Node")


@_attrs_define
class ExternalclusterV1Node:
    """
    Attributes:
        annotations (ExternalclusterV1NodeAnnotations):
        cloud (str):
        created_at (datetime.datetime):
        id (str):
        instance_type (str):
        labels (ExternalclusterV1NodeLabels):
        name (str):
        resources (ExternalclusterV1Resources):
        role (ExternalclusterV1NodeType):
        spot_config (ExternalclusterV1NodeSpotConfig):
        state (ExternalclusterV1NodeState):
        taints (list[ExternalclusterV1Taint]):
        unschedulable (bool):
        added_by (str | Unset):
        gpu_info (ExternalclusterV1GPUInfo | Unset):
        instance_architecture (None | str | Unset):
        instance_id (None | str | Unset):
        instance_labels (ExternalclusterV1NodeInstanceLabels | Unset):
        instance_name (None | str | Unset):
        instance_price (None | str | Unset):
        joined_at (datetime.datetime | Unset):
        network (ExternalclusterV1NodeNetwork | Unset):
        node_configuration_id (None | str | Unset):
        node_info (ExternalclusterV1NodeInfo | Unset):
        provider_id (None | str | Unset):
        subnet_id (None | str | Unset):
        zone (str | Unset):
    """

    annotations: ExternalclusterV1NodeAnnotations
    cloud: str
    created_at: datetime.datetime
    id: str
    instance_type: str
    labels: ExternalclusterV1NodeLabels
    name: str
    resources: ExternalclusterV1Resources
    role: ExternalclusterV1NodeType
    spot_config: ExternalclusterV1NodeSpotConfig
    state: ExternalclusterV1NodeState
    taints: list[ExternalclusterV1Taint]
    unschedulable: bool
    added_by: str | Unset = UNSET
    gpu_info: ExternalclusterV1GPUInfo | Unset = UNSET
    instance_architecture: None | str | Unset = UNSET
    instance_id: None | str | Unset = UNSET
    instance_labels: ExternalclusterV1NodeInstanceLabels | Unset = UNSET
    instance_name: None | str | Unset = UNSET
    instance_price: None | str | Unset = UNSET
    joined_at: datetime.datetime | Unset = UNSET
    network: ExternalclusterV1NodeNetwork | Unset = UNSET
    node_configuration_id: None | str | Unset = UNSET
    node_info: ExternalclusterV1NodeInfo | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    subnet_id: None | str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations = self.annotations.to_dict()

        cloud = self.cloud

        created_at = self.created_at.isoformat()

        id = self.id

        instance_type = self.instance_type

        labels = self.labels.to_dict()

        name = self.name

        resources = self.resources.to_dict()

        role: str = self.role

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
        from ..models.externalcluster_v1_node_annotations import (
            ExternalclusterV1NodeAnnotations,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_info import ExternalclusterV1NodeInfo  # noqa: PLC0415
        from ..models.externalcluster_v1_node_instance_labels import (
            ExternalclusterV1NodeInstanceLabels,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_labels import ExternalclusterV1NodeLabels  # noqa: PLC0415
        from ..models.externalcluster_v1_node_network import (
            ExternalclusterV1NodeNetwork,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_spot_config import (
            ExternalclusterV1NodeSpotConfig,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_state import ExternalclusterV1NodeState  # noqa: PLC0415
        from ..models.externalcluster_v1_resources import ExternalclusterV1Resources  # noqa: PLC0415
        from ..models.externalcluster_v1_taint import ExternalclusterV1Taint  # noqa: PLC0415
        from ..models.externalcluster_v1gpu_info import ExternalclusterV1GPUInfo  # noqa: PLC0415

        d = dict(src_dict)
        annotations = ExternalclusterV1NodeAnnotations.from_dict(d.pop("annotations"))

        cloud = d.pop("cloud")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = d.pop("id")

        instance_type = d.pop("instanceType")

        labels = ExternalclusterV1NodeLabels.from_dict(d.pop("labels"))

        name = d.pop("name")

        resources = ExternalclusterV1Resources.from_dict(d.pop("resources"))

        role = check_externalcluster_v1_node_type(d.pop("role"))

        spot_config = ExternalclusterV1NodeSpotConfig.from_dict(d.pop("spotConfig"))

        state = ExternalclusterV1NodeState.from_dict(d.pop("state"))

        taints = []
        _taints = d.pop("taints")
        for taints_item_data in _taints:
            taints_item = ExternalclusterV1Taint.from_dict(taints_item_data)

            taints.append(taints_item)

        unschedulable = d.pop("unschedulable")

        added_by = d.pop("addedBy", UNSET)

        _gpu_info = d.pop("gpuInfo", UNSET)
        gpu_info: ExternalclusterV1GPUInfo | Unset
        if isinstance(_gpu_info, Unset):
            gpu_info = UNSET
        else:
            gpu_info = ExternalclusterV1GPUInfo.from_dict(_gpu_info)

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
        instance_labels: ExternalclusterV1NodeInstanceLabels | Unset
        if isinstance(_instance_labels, Unset):
            instance_labels = UNSET
        else:
            instance_labels = ExternalclusterV1NodeInstanceLabels.from_dict(
                _instance_labels
            )

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
        network: ExternalclusterV1NodeNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = ExternalclusterV1NodeNetwork.from_dict(_network)

        def _parse_node_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_configuration_id = _parse_node_configuration_id(
            d.pop("nodeConfigurationId", UNSET)
        )

        _node_info = d.pop("nodeInfo", UNSET)
        node_info: ExternalclusterV1NodeInfo | Unset
        if isinstance(_node_info, Unset):
            node_info = UNSET
        else:
            node_info = ExternalclusterV1NodeInfo.from_dict(_node_info)

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

        externalcluster_v1_node = cls(
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

        externalcluster_v1_node.additional_properties = d
        return externalcluster_v1_node

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
