from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_edge_config import ExternalclusterV1EdgeConfig
    from ..models.externalcluster_v1_node_affinity import ExternalclusterV1NodeAffinity
    from ..models.externalcluster_v1_node_batch_config_kubernetes_labels import (
        ExternalclusterV1NodeBatchConfigKubernetesLabels,
    )
    from ..models.externalcluster_v1_node_spot_config import (
        ExternalclusterV1NodeSpotConfig,
    )
    from ..models.externalcluster_v1_node_volume import ExternalclusterV1NodeVolume
    from ..models.externalcluster_v1_taint import ExternalclusterV1Taint
    from ..models.externalcluster_v1aws_node_config import (
        ExternalclusterV1AWSNodeConfig,
    )
    from ..models.externalcluster_v1gcp_node_config import (
        ExternalclusterV1GCPNodeConfig,
    )
    from ..models.externalcluster_v1gpu_config import ExternalclusterV1GPUConfig


T = TypeVar("T", bound="ExternalclusterV1NodeBatchConfig")


@_attrs_define
class ExternalclusterV1NodeBatchConfig:
    """
    Attributes:
        aws (ExternalclusterV1AWSNodeConfig | Unset):
        configuration_id (None | str | Unset):
        edge_config (ExternalclusterV1EdgeConfig | Unset):
        gcp (ExternalclusterV1GCPNodeConfig | Unset):
        gpu_config (ExternalclusterV1GPUConfig | Unset):
        kubernetes_labels (ExternalclusterV1NodeBatchConfigKubernetesLabels | Unset):
        kubernetes_taints (list[ExternalclusterV1Taint] | Unset):
        node_affinity (ExternalclusterV1NodeAffinity | Unset):
        spot_config (ExternalclusterV1NodeSpotConfig | Unset):
        volume (ExternalclusterV1NodeVolume | Unset):
    """

    aws: ExternalclusterV1AWSNodeConfig | Unset = UNSET
    configuration_id: None | str | Unset = UNSET
    edge_config: ExternalclusterV1EdgeConfig | Unset = UNSET
    gcp: ExternalclusterV1GCPNodeConfig | Unset = UNSET
    gpu_config: ExternalclusterV1GPUConfig | Unset = UNSET
    kubernetes_labels: ExternalclusterV1NodeBatchConfigKubernetesLabels | Unset = UNSET
    kubernetes_taints: list[ExternalclusterV1Taint] | Unset = UNSET
    node_affinity: ExternalclusterV1NodeAffinity | Unset = UNSET
    spot_config: ExternalclusterV1NodeSpotConfig | Unset = UNSET
    volume: ExternalclusterV1NodeVolume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        configuration_id: None | str | Unset
        if isinstance(self.configuration_id, Unset):
            configuration_id = UNSET
        else:
            configuration_id = self.configuration_id

        edge_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edge_config, Unset):
            edge_config = self.edge_config.to_dict()

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

        node_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_affinity, Unset):
            node_affinity = self.node_affinity.to_dict()

        spot_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spot_config, Unset):
            spot_config = self.spot_config.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws is not UNSET:
            field_dict["aws"] = aws
        if configuration_id is not UNSET:
            field_dict["configurationId"] = configuration_id
        if edge_config is not UNSET:
            field_dict["edgeConfig"] = edge_config
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if gpu_config is not UNSET:
            field_dict["gpuConfig"] = gpu_config
        if kubernetes_labels is not UNSET:
            field_dict["kubernetesLabels"] = kubernetes_labels
        if kubernetes_taints is not UNSET:
            field_dict["kubernetesTaints"] = kubernetes_taints
        if node_affinity is not UNSET:
            field_dict["nodeAffinity"] = node_affinity
        if spot_config is not UNSET:
            field_dict["spotConfig"] = spot_config
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_edge_config import ExternalclusterV1EdgeConfig  # noqa: PLC0415
        from ..models.externalcluster_v1_node_affinity import (
            ExternalclusterV1NodeAffinity,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_batch_config_kubernetes_labels import (
            ExternalclusterV1NodeBatchConfigKubernetesLabels,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_spot_config import (
            ExternalclusterV1NodeSpotConfig,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_volume import ExternalclusterV1NodeVolume  # noqa: PLC0415
        from ..models.externalcluster_v1_taint import ExternalclusterV1Taint  # noqa: PLC0415
        from ..models.externalcluster_v1aws_node_config import (
            ExternalclusterV1AWSNodeConfig,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1gcp_node_config import (
            ExternalclusterV1GCPNodeConfig,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1gpu_config import ExternalclusterV1GPUConfig  # noqa: PLC0415

        d = dict(src_dict)
        _aws = d.pop("aws", UNSET)
        aws: ExternalclusterV1AWSNodeConfig | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = ExternalclusterV1AWSNodeConfig.from_dict(_aws)

        def _parse_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configuration_id = _parse_configuration_id(d.pop("configurationId", UNSET))

        _edge_config = d.pop("edgeConfig", UNSET)
        edge_config: ExternalclusterV1EdgeConfig | Unset
        if isinstance(_edge_config, Unset):
            edge_config = UNSET
        else:
            edge_config = ExternalclusterV1EdgeConfig.from_dict(_edge_config)

        _gcp = d.pop("gcp", UNSET)
        gcp: ExternalclusterV1GCPNodeConfig | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = ExternalclusterV1GCPNodeConfig.from_dict(_gcp)

        _gpu_config = d.pop("gpuConfig", UNSET)
        gpu_config: ExternalclusterV1GPUConfig | Unset
        if isinstance(_gpu_config, Unset):
            gpu_config = UNSET
        else:
            gpu_config = ExternalclusterV1GPUConfig.from_dict(_gpu_config)

        _kubernetes_labels = d.pop("kubernetesLabels", UNSET)
        kubernetes_labels: ExternalclusterV1NodeBatchConfigKubernetesLabels | Unset
        if isinstance(_kubernetes_labels, Unset):
            kubernetes_labels = UNSET
        else:
            kubernetes_labels = (
                ExternalclusterV1NodeBatchConfigKubernetesLabels.from_dict(
                    _kubernetes_labels
                )
            )

        _kubernetes_taints = d.pop("kubernetesTaints", UNSET)
        kubernetes_taints: list[ExternalclusterV1Taint] | Unset = UNSET
        if _kubernetes_taints is not UNSET:
            kubernetes_taints = []
            for kubernetes_taints_item_data in _kubernetes_taints:
                kubernetes_taints_item = ExternalclusterV1Taint.from_dict(
                    kubernetes_taints_item_data
                )

                kubernetes_taints.append(kubernetes_taints_item)

        _node_affinity = d.pop("nodeAffinity", UNSET)
        node_affinity: ExternalclusterV1NodeAffinity | Unset
        if isinstance(_node_affinity, Unset):
            node_affinity = UNSET
        else:
            node_affinity = ExternalclusterV1NodeAffinity.from_dict(_node_affinity)

        _spot_config = d.pop("spotConfig", UNSET)
        spot_config: ExternalclusterV1NodeSpotConfig | Unset
        if isinstance(_spot_config, Unset):
            spot_config = UNSET
        else:
            spot_config = ExternalclusterV1NodeSpotConfig.from_dict(_spot_config)

        _volume = d.pop("volume", UNSET)
        volume: ExternalclusterV1NodeVolume | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = ExternalclusterV1NodeVolume.from_dict(_volume)

        externalcluster_v1_node_batch_config = cls(
            aws=aws,
            configuration_id=configuration_id,
            edge_config=edge_config,
            gcp=gcp,
            gpu_config=gpu_config,
            kubernetes_labels=kubernetes_labels,
            kubernetes_taints=kubernetes_taints,
            node_affinity=node_affinity,
            spot_config=spot_config,
            volume=volume,
        )

        externalcluster_v1_node_batch_config.additional_properties = d
        return externalcluster_v1_node_batch_config

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
