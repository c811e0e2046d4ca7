from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_node_config import AWSNodeConfig
    from ..models.gcp_node_config import GCPNodeConfig
    from ..models.gpu_config import GPUConfig
    from ..models.node_config_kubernetes_labels import NodeConfigKubernetesLabels
    from ..models.node_spot_config import NodeSpotConfig
    from ..models.node_volume import NodeVolume
    from ..models.taint import Taint


T = TypeVar("T", bound="NodeConfig")


@_attrs_define
class NodeConfig:
    """The node to create.

    Example:
        {'instanceType': 'm5.large', 'spotConfig': {'isSpot': False}, 'zone': 'us-east-1a'}

    Attributes:
        instance_type (str):  Example: m5.large.
        aws (AWSNodeConfig | Unset): AWS-specific settings for a new node.
        configuration_id (None | Unset | UUID): Node configuration to build the node from; the default one if neither ID
            nor name is given.
        configuration_name (None | str | Unset):  Example: default.
        gcp (GCPNodeConfig | Unset): GCP-specific settings for a new node.
        gpu_config (GPUConfig | Unset): GPUs to attach to a new node.
        kubernetes_labels (NodeConfigKubernetesLabels | Unset):  Example: {'workload': 'batch'}.
        kubernetes_taints (list[Taint] | Unset):
        spot_config (NodeSpotConfig | Unset): Spot settings of a node.
        subnet_id (None | str | Unset):  Example: subnet-0a1b2c3d4e5f67890.
        volume (NodeVolume | Unset): Root volume of a new node.
        zone (None | str | Unset):  Example: us-east-1a.
    """

    instance_type: str
    aws: AWSNodeConfig | Unset = UNSET
    configuration_id: None | Unset | UUID = UNSET
    configuration_name: None | str | Unset = UNSET
    gcp: GCPNodeConfig | Unset = UNSET
    gpu_config: GPUConfig | Unset = UNSET
    kubernetes_labels: NodeConfigKubernetesLabels | Unset = UNSET
    kubernetes_taints: list[Taint] | Unset = UNSET
    spot_config: NodeSpotConfig | Unset = UNSET
    subnet_id: None | str | Unset = UNSET
    volume: NodeVolume | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        configuration_id: None | str | Unset
        if isinstance(self.configuration_id, Unset):
            configuration_id = UNSET
        elif isinstance(self.configuration_id, UUID):
            configuration_id = str(self.configuration_id)
        else:
            configuration_id = self.configuration_id

        configuration_name: None | str | Unset
        if isinstance(self.configuration_name, Unset):
            configuration_name = UNSET
        else:
            configuration_name = self.configuration_name

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        gpu_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_config, Unset):
            gpu_config = self.gpu_config.to_dict()

        kubernetes_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubernetes_labels, Unset):
            kubernetes_labels = self.kubernetes_labels.to_dict()

        kubernetes_taints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kubernetes_taints, Unset):
            kubernetes_taints = []
            for kubernetes_taints_item_data in self.kubernetes_taints:
                kubernetes_taints_item = kubernetes_taints_item_data.to_dict()
                kubernetes_taints.append(kubernetes_taints_item)

        spot_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spot_config, Unset):
            spot_config = self.spot_config.to_dict()

        subnet_id: None | str | Unset
        if isinstance(self.subnet_id, Unset):
            subnet_id = UNSET
        else:
            subnet_id = self.subnet_id

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
            }
        )
        if aws is not UNSET:
            field_dict["aws"] = aws
        if configuration_id is not UNSET:
            field_dict["configurationId"] = configuration_id
        if configuration_name is not UNSET:
            field_dict["configurationName"] = configuration_name
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if gpu_config is not UNSET:
            field_dict["gpuConfig"] = gpu_config
        if kubernetes_labels is not UNSET:
            field_dict["kubernetesLabels"] = kubernetes_labels
        if kubernetes_taints is not UNSET:
            field_dict["kubernetesTaints"] = kubernetes_taints
        if spot_config is not UNSET:
            field_dict["spotConfig"] = spot_config
        if subnet_id is not UNSET:
            field_dict["subnetId"] = subnet_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aws_node_config import AWSNodeConfig  # noqa: PLC0415
        from ..models.gcp_node_config import GCPNodeConfig  # noqa: PLC0415
        from ..models.gpu_config import GPUConfig  # noqa: PLC0415
        from ..models.node_config_kubernetes_labels import NodeConfigKubernetesLabels  # noqa: PLC0415
        from ..models.node_spot_config import NodeSpotConfig  # noqa: PLC0415
        from ..models.node_volume import NodeVolume  # noqa: PLC0415
        from ..models.taint import Taint  # noqa: PLC0415

        d = dict(src_dict)
        instance_type = d.pop("instanceType")

        _aws = d.pop("aws", UNSET)
        aws: AWSNodeConfig | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = AWSNodeConfig.from_dict(_aws)

        def _parse_configuration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                configuration_id_type_0 = UUID(data)

                return configuration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        configuration_id = _parse_configuration_id(d.pop("configurationId", UNSET))

        def _parse_configuration_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configuration_name = _parse_configuration_name(
            d.pop("configurationName", UNSET)
        )

        _gcp = d.pop("gcp", UNSET)
        gcp: GCPNodeConfig | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = GCPNodeConfig.from_dict(_gcp)

        _gpu_config = d.pop("gpuConfig", UNSET)
        gpu_config: GPUConfig | Unset
        if isinstance(_gpu_config, Unset):
            gpu_config = UNSET
        else:
            gpu_config = GPUConfig.from_dict(_gpu_config)

        _kubernetes_labels = d.pop("kubernetesLabels", UNSET)
        kubernetes_labels: NodeConfigKubernetesLabels | Unset
        if isinstance(_kubernetes_labels, Unset):
            kubernetes_labels = UNSET
        else:
            kubernetes_labels = NodeConfigKubernetesLabels.from_dict(_kubernetes_labels)

        _kubernetes_taints = d.pop("kubernetesTaints", UNSET)
        kubernetes_taints: list[Taint] | Unset = UNSET
        if _kubernetes_taints is not UNSET:
            kubernetes_taints = []
            for kubernetes_taints_item_data in _kubernetes_taints:
                kubernetes_taints_item = Taint.from_dict(kubernetes_taints_item_data)

                kubernetes_taints.append(kubernetes_taints_item)

        _spot_config = d.pop("spotConfig", UNSET)
        spot_config: NodeSpotConfig | Unset
        if isinstance(_spot_config, Unset):
            spot_config = UNSET
        else:
            spot_config = NodeSpotConfig.from_dict(_spot_config)

        def _parse_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subnet_id = _parse_subnet_id(d.pop("subnetId", UNSET))

        _volume = d.pop("volume", UNSET)
        volume: NodeVolume | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = NodeVolume.from_dict(_volume)

        def _parse_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))

        node_config = cls(
            instance_type=instance_type,
            aws=aws,
            configuration_id=configuration_id,
            configuration_name=configuration_name,
            gcp=gcp,
            gpu_config=gpu_config,
            kubernetes_labels=kubernetes_labels,
            kubernetes_taints=kubernetes_taints,
            spot_config=spot_config,
            subnet_id=subnet_id,
            volume=volume,
            zone=zone,
        )

        node_config.additional_properties = d
        return node_config

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
