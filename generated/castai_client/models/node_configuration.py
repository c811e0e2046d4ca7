from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_runtime import ContainerRuntime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_configuration_aks import NodeConfigurationAKS
    from ..models.node_configuration_docker_config_type_0 import (
        NodeConfigurationDockerConfigType0,
    )
    from ..models.node_configuration_eks import NodeConfigurationEKS
    from ..models.node_configuration_gke import NodeConfigurationGKE
    from ..models.node_configuration_kops import NodeConfigurationKOPS
    from ..models.node_configuration_kubelet_config_type_0 import (
        NodeConfigurationKubeletConfigType0,
    )
    from ..models.node_configuration_tags import NodeConfigurationTags


T = TypeVar("T", bound="NodeConfiguration")


@_attrs_define
class NodeConfiguration:
    """A versioned node configuration of a cluster.

    Attributes:
        default (bool):  Example: True.
        disk_cpu_ratio (int): GiB of disk added per CPU core. Example: 0.
        id (UUID):  Example: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9.
        min_disk_size (int): Minimum root disk size in GiB. Example: 100.
        name (str):  Example: default.
        subnets (list[str]):  Example: ['subnet-0a1b2c3d4e5f67890'].
        tags (NodeConfigurationTags):  Example: {'team': 'platform'}.
        version (int):  Example: 3.
        aks (NodeConfigurationAKS | Unset): AKS-specific node settings.
        container_runtime (ContainerRuntime | Unset): Container runtime of nodes. Example: CONTAINERD.
        created_at (datetime.datetime | Unset):  Example: 2026-05-12T08:40:00Z.
        docker_config (NodeConfigurationDockerConfigType0 | None | Unset):
        drain_timeout_sec (int | None | Unset):  Example: 60.
        eks (NodeConfigurationEKS | Unset): EKS-specific node settings.
        gke (NodeConfigurationGKE | Unset): GKE-specific node settings.
        image (None | str | Unset):
        init_script (None | str | Unset): Base64-encoded script run at node start.
        kops (NodeConfigurationKOPS | Unset): kOps-specific node settings.
        kubelet_config (NodeConfigurationKubeletConfigType0 | None | Unset):  Example: {'eventRecordQPS': 10}.
        ssh_public_key (None | str | Unset):
        updated_at (datetime.datetime | Unset):  Example: 2026-07-20T14:05:00Z.
    """

    default: bool
    disk_cpu_ratio: int
    id: UUID
    min_disk_size: int
    name: str
    subnets: list[str]
    tags: NodeConfigurationTags
    version: int
    aks: NodeConfigurationAKS | Unset = UNSET
    container_runtime: ContainerRuntime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    docker_config: NodeConfigurationDockerConfigType0 | None | Unset = UNSET
    drain_timeout_sec: int | None | Unset = UNSET
    eks: NodeConfigurationEKS | Unset = UNSET
    gke: NodeConfigurationGKE | Unset = UNSET
    image: None | str | Unset = UNSET
    init_script: None | str | Unset = UNSET
    kops: NodeConfigurationKOPS | Unset = UNSET
    kubelet_config: NodeConfigurationKubeletConfigType0 | None | Unset = UNSET
    ssh_public_key: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.node_configuration_docker_config_type_0 import (
            NodeConfigurationDockerConfigType0,  # noqa: PLC0415
        )
        from ..models.node_configuration_kubelet_config_type_0 import (
            NodeConfigurationKubeletConfigType0,  # noqa: PLC0415
        )

        default = self.default

        disk_cpu_ratio = self.disk_cpu_ratio

        id = str(self.id)

        min_disk_size = self.min_disk_size

        name = self.name

        subnets = self.subnets

        tags = self.tags.to_dict()

        version = self.version

        aks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aks, Unset):
            aks = self.aks.to_dict()

        container_runtime: str | Unset = UNSET
        if not isinstance(self.container_runtime, Unset):
            container_runtime = self.container_runtime.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        docker_config: dict[str, Any] | None | Unset
        if isinstance(self.docker_config, Unset):
            docker_config = UNSET
        elif isinstance(self.docker_config, NodeConfigurationDockerConfigType0):
            docker_config = self.docker_config.to_dict()
        else:
            docker_config = self.docker_config

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

        kubelet_config: dict[str, Any] | None | Unset
        if isinstance(self.kubelet_config, Unset):
            kubelet_config = UNSET
        elif isinstance(self.kubelet_config, NodeConfigurationKubeletConfigType0):
            kubelet_config = self.kubelet_config.to_dict()
        else:
            kubelet_config = self.kubelet_config

        ssh_public_key: None | str | Unset
        if isinstance(self.ssh_public_key, Unset):
            ssh_public_key = UNSET
        else:
            ssh_public_key = self.ssh_public_key

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default": default,
                "diskCpuRatio": disk_cpu_ratio,
                "id": id,
                "minDiskSize": min_disk_size,
                "name": name,
                "subnets": subnets,
                "tags": tags,
                "version": version,
            }
        )
        if aks is not UNSET:
            field_dict["aks"] = aks
        if container_runtime is not UNSET:
            field_dict["containerRuntime"] = container_runtime
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        if ssh_public_key is not UNSET:
            field_dict["sshPublicKey"] = ssh_public_key
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_configuration_aks import NodeConfigurationAKS  # noqa: PLC0415
        from ..models.node_configuration_docker_config_type_0 import (
            NodeConfigurationDockerConfigType0,  # noqa: PLC0415
        )
        from ..models.node_configuration_eks import NodeConfigurationEKS  # noqa: PLC0415
        from ..models.node_configuration_gke import NodeConfigurationGKE  # noqa: PLC0415
        from ..models.node_configuration_kops import NodeConfigurationKOPS  # noqa: PLC0415
        from ..models.node_configuration_kubelet_config_type_0 import (
            NodeConfigurationKubeletConfigType0,  # noqa: PLC0415
        )
        from ..models.node_configuration_tags import NodeConfigurationTags  # noqa: PLC0415

        d = dict(src_dict)
        default = d.pop("default")

        disk_cpu_ratio = d.pop("diskCpuRatio")

        id = UUID(d.pop("id"))

        min_disk_size = d.pop("minDiskSize")

        name = d.pop("name")

        subnets = cast(list[str], d.pop("subnets"))

        tags = NodeConfigurationTags.from_dict(d.pop("tags"))

        version = d.pop("version")

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

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_docker_config(
            data: object,
        ) -> NodeConfigurationDockerConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                docker_config_type_0 = NodeConfigurationDockerConfigType0.from_dict(
                    data
                )

                return docker_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeConfigurationDockerConfigType0 | None | Unset, data)

        docker_config = _parse_docker_config(d.pop("dockerConfig", UNSET))

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

        def _parse_kubelet_config(
            data: object,
        ) -> NodeConfigurationKubeletConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                kubelet_config_type_0 = NodeConfigurationKubeletConfigType0.from_dict(
                    data
                )

                return kubelet_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeConfigurationKubeletConfigType0 | None | Unset, data)

        kubelet_config = _parse_kubelet_config(d.pop("kubeletConfig", UNSET))

        def _parse_ssh_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_public_key = _parse_ssh_public_key(d.pop("sshPublicKey", UNSET))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        node_configuration = cls(
            default=default,
            disk_cpu_ratio=disk_cpu_ratio,
            id=id,
            min_disk_size=min_disk_size,
            name=name,
            subnets=subnets,
            tags=tags,
            version=version,
            aks=aks,
            container_runtime=container_runtime,
            created_at=created_at,
            docker_config=docker_config,
            drain_timeout_sec=drain_timeout_sec,
            eks=eks,
            gke=gke,
            image=image,
            init_script=init_script,
            kops=kops,
            kubelet_config=kubelet_config,
            ssh_public_key=ssh_public_key,
            updated_at=updated_at,
        )

        node_configuration.additional_properties = d
        return node_configuration

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
