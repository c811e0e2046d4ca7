from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodeconfig_v1_container_runtime import (
    NodeconfigV1ContainerRuntime,
    check_nodeconfig_v1_container_runtime,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1_node_configuration_update_docker_config import (
        NodeconfigV1NodeConfigurationUpdateDockerConfig,
    )
    from ..models.nodeconfig_v1_node_configuration_update_kubelet_config import (
        NodeconfigV1NodeConfigurationUpdateKubeletConfig,
    )
    from ..models.nodeconfig_v1_node_configuration_update_tags import (
        NodeconfigV1NodeConfigurationUpdateTags,
    )
    from ..models.nodeconfig_v1_self_hosted_with_ec2_nodes_config import (
        NodeconfigV1SelfHostedWithEC2NodesConfig,
    )
    from ..models.nodeconfig_v1aks_config import NodeconfigV1AKSConfig
    from ..models.nodeconfig_v1eks_config import NodeconfigV1EKSConfig
    from ..models.nodeconfig_v1gke_config import NodeconfigV1GKEConfig
    from ..models.nodeconfig_v1kops_config import NodeconfigV1KOPSConfig


T = TypeVar("T", bound="NodeconfigV1NodeConfigurationUpdate")


@_attrs_define
class NodeconfigV1NodeConfigurationUpdate:
    """
    Attributes:
        aks (NodeconfigV1AKSConfig | Unset):
        container_runtime (NodeconfigV1ContainerRuntime | Unset):
        disk_cpu_ratio (int | Unset):
        docker_config (NodeconfigV1NodeConfigurationUpdateDockerConfig | Unset):
        drain_timeout_sec (int | None | Unset):
        eks (NodeconfigV1EKSConfig | Unset):
        gke (NodeconfigV1GKEConfig | Unset):
        image (None | str | Unset):
        init_script (None | str | Unset):
        kops (NodeconfigV1KOPSConfig | Unset):
        kubelet_config (NodeconfigV1NodeConfigurationUpdateKubeletConfig | Unset):
        min_disk_size (int | None | Unset):
        self_hosted_with_ec_2_nodes (NodeconfigV1SelfHostedWithEC2NodesConfig | Unset):
        ssh_public_key (None | str | Unset):
        subnets (list[str] | Unset):
        tags (NodeconfigV1NodeConfigurationUpdateTags | Unset):
    """

    aks: NodeconfigV1AKSConfig | Unset = UNSET
    container_runtime: NodeconfigV1ContainerRuntime | Unset = UNSET
    disk_cpu_ratio: int | Unset = UNSET
    docker_config: NodeconfigV1NodeConfigurationUpdateDockerConfig | Unset = UNSET
    drain_timeout_sec: int | None | Unset = UNSET
    eks: NodeconfigV1EKSConfig | Unset = UNSET
    gke: NodeconfigV1GKEConfig | Unset = UNSET
    image: None | str | Unset = UNSET
    init_script: None | str | Unset = UNSET
    kops: NodeconfigV1KOPSConfig | Unset = UNSET
    kubelet_config: NodeconfigV1NodeConfigurationUpdateKubeletConfig | Unset = UNSET
    min_disk_size: int | None | Unset = UNSET
    self_hosted_with_ec_2_nodes: NodeconfigV1SelfHostedWithEC2NodesConfig | Unset = (
        UNSET
    )
    ssh_public_key: None | str | Unset = UNSET
    subnets: list[str] | Unset = UNSET
    tags: NodeconfigV1NodeConfigurationUpdateTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aks, Unset):
            aks = self.aks.to_dict()

        container_runtime: str | Unset = UNSET
        if not isinstance(self.container_runtime, Unset):
            container_runtime = self.container_runtime

        disk_cpu_ratio = self.disk_cpu_ratio

        docker_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.docker_config, Unset):
            docker_config = self.docker_config.to_dict()

        drain_timeout_sec: int | None | Unset
        if isinstance(self.drain_timeout_sec, Unset):
            drain_timeout_sec = UNSET
        else:
            drain_timeout_sec = self.drain_timeout_sec

        eks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eks, Unset):
            eks = self.eks.to_dict()

        gke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gke, Unset):
            gke = self.gke.to_dict()

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        init_script: None | str | Unset
        if isinstance(self.init_script, Unset):
            init_script = UNSET
        else:
            init_script = self.init_script

        kops: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kops, Unset):
            kops = self.kops.to_dict()

        kubelet_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubelet_config, Unset):
            kubelet_config = self.kubelet_config.to_dict()

        min_disk_size: int | None | Unset
        if isinstance(self.min_disk_size, Unset):
            min_disk_size = UNSET
        else:
            min_disk_size = self.min_disk_size

        self_hosted_with_ec_2_nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = self.self_hosted_with_ec_2_nodes.to_dict()

        ssh_public_key: None | str | Unset
        if isinstance(self.ssh_public_key, Unset):
            ssh_public_key = UNSET
        else:
            ssh_public_key = self.ssh_public_key

        subnets: list[str] | Unset = UNSET
        if not isinstance(self.subnets, Unset):
            subnets = self.subnets

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aks is not UNSET:
            field_dict["aks"] = aks
        if container_runtime is not UNSET:
            field_dict["containerRuntime"] = container_runtime
        if disk_cpu_ratio is not UNSET:
            field_dict["diskCpuRatio"] = disk_cpu_ratio
        if docker_config is not UNSET:
            field_dict["dockerConfig"] = docker_config
        if drain_timeout_sec is not UNSET:
            field_dict["drainTimeoutSec"] = drain_timeout_sec
        if eks is not UNSET:
            field_dict["eks"] = eks
        if gke is not UNSET:
            field_dict["gke"] = gke
        if image is not UNSET:
            field_dict["image"] = image
        if init_script is not UNSET:
            field_dict["initScript"] = init_script
        if kops is not UNSET:
            field_dict["kops"] = kops
        if kubelet_config is not UNSET:
            field_dict["kubeletConfig"] = kubelet_config
        if min_disk_size is not UNSET:
            field_dict["minDiskSize"] = min_disk_size
        if self_hosted_with_ec_2_nodes is not UNSET:
            field_dict["selfHostedWithEc2Nodes"] = self_hosted_with_ec_2_nodes
        if ssh_public_key is not UNSET:
            field_dict["sshPublicKey"] = ssh_public_key
        if subnets is not UNSET:
            field_dict["subnets"] = subnets
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1_node_configuration_update_docker_config import (
            NodeconfigV1NodeConfigurationUpdateDockerConfig,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1_node_configuration_update_kubelet_config import (
            NodeconfigV1NodeConfigurationUpdateKubeletConfig,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1_node_configuration_update_tags import (
            NodeconfigV1NodeConfigurationUpdateTags,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1_self_hosted_with_ec2_nodes_config import (
            NodeconfigV1SelfHostedWithEC2NodesConfig,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1aks_config import NodeconfigV1AKSConfig  # noqa: PLC0415
        from ..models.nodeconfig_v1eks_config import NodeconfigV1EKSConfig  # noqa: PLC0415
        from ..models.nodeconfig_v1gke_config import NodeconfigV1GKEConfig  # noqa: PLC0415
        from ..models.nodeconfig_v1kops_config import NodeconfigV1KOPSConfig  # noqa: PLC0415

        d = dict(src_dict)
        _aks = d.pop("aks", UNSET)
        aks: NodeconfigV1AKSConfig | Unset
        if isinstance(_aks, Unset):
            aks = UNSET
        else:
            aks = NodeconfigV1AKSConfig.from_dict(_aks)

        _container_runtime = d.pop("containerRuntime", UNSET)
        container_runtime: NodeconfigV1ContainerRuntime | Unset
        if isinstance(_container_runtime, Unset):
            container_runtime = UNSET
        else:
            container_runtime = check_nodeconfig_v1_container_runtime(
                _container_runtime
            )

        disk_cpu_ratio = d.pop("diskCpuRatio", UNSET)

        _docker_config = d.pop("dockerConfig", UNSET)
        docker_config: NodeconfigV1NodeConfigurationUpdateDockerConfig | Unset
        if isinstance(_docker_config, Unset):
            docker_config = UNSET
        else:
            docker_config = NodeconfigV1NodeConfigurationUpdateDockerConfig.from_dict(
                _docker_config
            )

        def _parse_drain_timeout_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        drain_timeout_sec = _parse_drain_timeout_sec(d.pop("drainTimeoutSec", UNSET))

        _eks = d.pop("eks", UNSET)
        eks: NodeconfigV1EKSConfig | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = NodeconfigV1EKSConfig.from_dict(_eks)

        _gke = d.pop("gke", UNSET)
        gke: NodeconfigV1GKEConfig | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = NodeconfigV1GKEConfig.from_dict(_gke)

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_init_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        init_script = _parse_init_script(d.pop("initScript", UNSET))

        _kops = d.pop("kops", UNSET)
        kops: NodeconfigV1KOPSConfig | Unset
        if isinstance(_kops, Unset):
            kops = UNSET
        else:
            kops = NodeconfigV1KOPSConfig.from_dict(_kops)

        _kubelet_config = d.pop("kubeletConfig", UNSET)
        kubelet_config: NodeconfigV1NodeConfigurationUpdateKubeletConfig | Unset
        if isinstance(_kubelet_config, Unset):
            kubelet_config = UNSET
        else:
            kubelet_config = NodeconfigV1NodeConfigurationUpdateKubeletConfig.from_dict(
                _kubelet_config
            )

        def _parse_min_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_disk_size = _parse_min_disk_size(d.pop("minDiskSize", UNSET))

        _self_hosted_with_ec_2_nodes = d.pop("selfHostedWithEc2Nodes", UNSET)
        self_hosted_with_ec_2_nodes: NodeconfigV1SelfHostedWithEC2NodesConfig | Unset
        if isinstance(_self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = UNSET
        else:
            self_hosted_with_ec_2_nodes = (
                NodeconfigV1SelfHostedWithEC2NodesConfig.from_dict(
                    _self_hosted_with_ec_2_nodes
                )
            )

        def _parse_ssh_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_public_key = _parse_ssh_public_key(d.pop("sshPublicKey", UNSET))

        subnets = cast(list[str], d.pop("subnets", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: NodeconfigV1NodeConfigurationUpdateTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = NodeconfigV1NodeConfigurationUpdateTags.from_dict(_tags)

        nodeconfig_v1_node_configuration_update = cls(
            aks=aks,
            container_runtime=container_runtime,
            disk_cpu_ratio=disk_cpu_ratio,
            docker_config=docker_config,
            drain_timeout_sec=drain_timeout_sec,
            eks=eks,
            gke=gke,
            image=image,
            init_script=init_script,
            kops=kops,
            kubelet_config=kubelet_config,
            min_disk_size=min_disk_size,
            self_hosted_with_ec_2_nodes=self_hosted_with_ec_2_nodes,
            ssh_public_key=ssh_public_key,
            subnets=subnets,
            tags=tags,
        )

        nodeconfig_v1_node_configuration_update.additional_properties = d
        return nodeconfig_v1_node_configuration_update

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
