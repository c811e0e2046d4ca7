from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_runtime import ContainerRuntime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_configuration_aks import NodeConfigurationAKS
    from ..models.node_configuration_eks import NodeConfigurationEKS
    from ..models.node_configuration_gke import NodeConfigurationGKE
    from ..models.node_configuration_kops import NodeConfigurationKOPS
    from ..models.node_configuration_update_docker_config import (
        NodeConfigurationUpdateDockerConfig,
    )
    from ..models.node_configuration_update_kubelet_config import (
        NodeConfigurationUpdateKubeletConfig,
    )
    from ..models.node_configuration_update_tags import NodeConfigurationUpdateTags


T = TypeVar("T", bound="NodeConfigurationUpdate")


@_attrs_define
class NodeConfigurationUpdate:
    """New settings for a node configuration (the name is fixed).

    Example:
        {'minDiskSize': 120}

    Attributes:
        aks (NodeConfigurationAKS | Unset): AKS-specific node settings.
        container_runtime (ContainerRuntime | Unset): Container runtime of nodes. Example: CONTAINERD.
        disk_cpu_ratio (int | Unset):  Example: 0.
        docker_config (NodeConfigurationUpdateDockerConfig | Unset):
        drain_timeout_sec (int | None | Unset):  Example: 60.
        eks (NodeConfigurationEKS | Unset): EKS-specific node settings.
        gke (NodeConfigurationGKE | Unset): GKE-specific node settings.
        image (None | str | Unset):
        init_script (None | str | Unset):
        kops (NodeConfigurationKOPS | Unset): kOps-specific node settings.
        kubelet_config (NodeConfigurationUpdateKubeletConfig | Unset):
        min_disk_size (int | None | Unset):  Example: 120.
        ssh_public_key (None | str | Unset):
        subnets (list[str] | Unset):
        tags (NodeConfigurationUpdateTags | Unset):
    """

    aks: NodeConfigurationAKS | Unset = UNSET
    container_runtime: ContainerRuntime | Unset = UNSET
    disk_cpu_ratio: int | Unset = UNSET
    docker_config: NodeConfigurationUpdateDockerConfig | Unset = UNSET
    drain_timeout_sec: int | None | Unset = UNSET
    eks: NodeConfigurationEKS | Unset = UNSET
    gke: NodeConfigurationGKE | Unset = UNSET
    image: None | str | Unset = UNSET
    init_script: None | str | Unset = UNSET
    kops: NodeConfigurationKOPS | Unset = UNSET
    kubelet_config: NodeConfigurationUpdateKubeletConfig | Unset = UNSET
    min_disk_size: int | None | Unset = UNSET
    ssh_public_key: None | str | Unset = UNSET
    subnets: list[str] | Unset = UNSET
    tags: NodeConfigurationUpdateTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aks, Unset):
            aks = self.aks.to_dict()

        container_runtime: str | Unset = UNSET
        if not isinstance(self.container_runtime, Unset):
            container_runtime = self.container_runtime.value

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
        if ssh_public_key is not UNSET:
            field_dict["sshPublicKey"] = ssh_public_key
        if subnets is not UNSET:
            field_dict["subnets"] = subnets
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_configuration_aks import NodeConfigurationAKS  # noqa: PLC0415
        from ..models.node_configuration_eks import NodeConfigurationEKS  # noqa: PLC0415
        from ..models.node_configuration_gke import NodeConfigurationGKE  # noqa: PLC0415
        from ..models.node_configuration_kops import NodeConfigurationKOPS  # noqa: PLC0415
        from ..models.node_configuration_update_docker_config import (
            NodeConfigurationUpdateDockerConfig,  # noqa: PLC0415
        )
        from ..models.node_configuration_update_kubelet_config import (
            NodeConfigurationUpdateKubeletConfig,  # noqa: PLC0415
        )
        from ..models.node_configuration_update_tags import NodeConfigurationUpdateTags  # noqa: PLC0415

        d = dict(src_dict)
        _aks = d.pop("aks", UNSET)
        aks: NodeConfigurationAKS | Unset
        if isinstance(_aks, Unset):
            aks = UNSET
        else:
            aks = NodeConfigurationAKS.from_dict(_aks)

        _container_runtime = d.pop("containerRuntime", UNSET)
        container_runtime: ContainerRuntime | Unset
        if isinstance(_container_runtime, Unset):
            container_runtime = UNSET
        else:
            container_runtime = ContainerRuntime(_container_runtime)

        disk_cpu_ratio = d.pop("diskCpuRatio", UNSET)

        _docker_config = d.pop("dockerConfig", UNSET)
        docker_config: NodeConfigurationUpdateDockerConfig | Unset
        if isinstance(_docker_config, Unset):
            docker_config = UNSET
        else:
            docker_config = NodeConfigurationUpdateDockerConfig.from_dict(
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
        eks: NodeConfigurationEKS | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = NodeConfigurationEKS.from_dict(_eks)

        _gke = d.pop("gke", UNSET)
        gke: NodeConfigurationGKE | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = NodeConfigurationGKE.from_dict(_gke)

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
        kops: NodeConfigurationKOPS | Unset
        if isinstance(_kops, Unset):
            kops = UNSET
        else:
            kops = NodeConfigurationKOPS.from_dict(_kops)

        _kubelet_config = d.pop("kubeletConfig", UNSET)
        kubelet_config: NodeConfigurationUpdateKubeletConfig | Unset
        if isinstance(_kubelet_config, Unset):
            kubelet_config = UNSET
        else:
            kubelet_config = NodeConfigurationUpdateKubeletConfig.from_dict(
                _kubelet_config
            )

        def _parse_min_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_disk_size = _parse_min_disk_size(d.pop("minDiskSize", UNSET))

        def _parse_ssh_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_public_key = _parse_ssh_public_key(d.pop("sshPublicKey", UNSET))

        subnets = cast(list[str], d.pop("subnets", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: NodeConfigurationUpdateTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = NodeConfigurationUpdateTags.from_dict(_tags)

        node_configuration_update = cls(
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
            ssh_public_key=ssh_public_key,
            subnets=subnets,
            tags=tags,
        )

        node_configuration_update.additional_properties = d
        return node_configuration_update

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
