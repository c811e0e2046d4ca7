from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_create_etcd_type import ClusterCreateEtcdType
from ..models.cluster_provider import ClusterProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.solution_request import SolutionRequest


T = TypeVar("T", bound="ClusterCreate")


@_attrs_define
class ClusterCreate:
    """Fields for a new cluster; some are specific to one provider.

    Attributes:
        channel (str): stable, beta or alpha (CoreOS); 16.04-lts (Ubuntu); stable (GCI). Example: stable.
        k8s_version (str): Kubernetes version, e.g. v1.12.4 or v1.13.2. Example: v1.13.2.
        master_count (int): Number of masters; must be 1 at creation. Example: 1.
        master_size (str): Provider instance size for the master. Example: t2.large.
        name (str): Unique in the organization. Example: My New Cluster.
        platform (str): coreos or ubuntu (AWS, Azure, GCE); gci (GKE). Example: coreos.
        provider (ClusterProvider): Cloud provider a new cluster is built on. Example: aws.
        provider_keyset (int): Provider keyset ID. Example: 4.
        region (str): Provider region; for GCE and GKE the Google zone. Example: us-west-2.
        worker_count (int): Number of workers; at least 2, at most 4999 (a cluster holds at most 5000 nodes, its master
            included). Example: 2.
        worker_size (str): Provider instance size for every worker. Example: t2.large.
        etcd_type (ClusterCreateEtcdType | Unset): Where etcd runs; only self_hosted is accepted. Example: self_hosted.
        k8s_dashboard_enabled (bool | Unset):  Example: True.
        k8s_rbac_enabled (bool | Unset):  Example: True.
        provider_network_cidr (str | Unset): VPC CIDR (AWS only). Example: 172.22.0.0/16.
        provider_network_id (str | Unset): Existing VPC ID (AWS only). Example: vpc-c4a6f5a0.
        provider_subnet_cidr (str | Unset): Subnet CIDR (AWS only). Example: 172.22.4.0/24.
        provider_subnet_id (str | Unset): Existing subnet ID (AWS only). Example: subnet-d19044b6.
        solutions (list[SolutionRequest] | Unset): Solutions to install once the cluster is up.
        user_ssh_keyset (int | Unset): SSH keyset whose public key is installed on the nodes. Example: 5.
        zone (str | Unset): Provider zone (AWS only). Example: us-west-2a.
    """

    channel: str
    k8s_version: str
    master_count: int
    master_size: str
    name: str
    platform: str
    provider: ClusterProvider
    provider_keyset: int
    region: str
    worker_count: int
    worker_size: str
    etcd_type: ClusterCreateEtcdType | Unset = UNSET
    k8s_dashboard_enabled: bool | Unset = UNSET
    k8s_rbac_enabled: bool | Unset = UNSET
    provider_network_cidr: str | Unset = UNSET
    provider_network_id: str | Unset = UNSET
    provider_subnet_cidr: str | Unset = UNSET
    provider_subnet_id: str | Unset = UNSET
    solutions: list[SolutionRequest] | Unset = UNSET
    user_ssh_keyset: int | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        k8s_version = self.k8s_version

        master_count = self.master_count

        master_size = self.master_size

        name = self.name

        platform = self.platform

        provider = self.provider.value

        provider_keyset = self.provider_keyset

        region = self.region

        worker_count = self.worker_count

        worker_size = self.worker_size

        etcd_type: str | Unset = UNSET
        if not isinstance(self.etcd_type, Unset):
            etcd_type = self.etcd_type.value

        k8s_dashboard_enabled = self.k8s_dashboard_enabled

        k8s_rbac_enabled = self.k8s_rbac_enabled

        provider_network_cidr = self.provider_network_cidr

        provider_network_id = self.provider_network_id

        provider_subnet_cidr = self.provider_subnet_cidr

        provider_subnet_id = self.provider_subnet_id

        solutions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.solutions, Unset):
            solutions = []
            for solutions_item_data in self.solutions:
                solutions_item = solutions_item_data.to_dict()
                solutions.append(solutions_item)

        user_ssh_keyset = self.user_ssh_keyset

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "k8s_version": k8s_version,
                "master_count": master_count,
                "master_size": master_size,
                "name": name,
                "platform": platform,
                "provider": provider,
                "provider_keyset": provider_keyset,
                "region": region,
                "worker_count": worker_count,
                "worker_size": worker_size,
            }
        )
        if etcd_type is not UNSET:
            field_dict["etcd_type"] = etcd_type
        if k8s_dashboard_enabled is not UNSET:
            field_dict["k8s_dashboard_enabled"] = k8s_dashboard_enabled
        if k8s_rbac_enabled is not UNSET:
            field_dict["k8s_rbac_enabled"] = k8s_rbac_enabled
        if provider_network_cidr is not UNSET:
            field_dict["provider_network_cidr"] = provider_network_cidr
        if provider_network_id is not UNSET:
            field_dict["provider_network_id"] = provider_network_id
        if provider_subnet_cidr is not UNSET:
            field_dict["provider_subnet_cidr"] = provider_subnet_cidr
        if provider_subnet_id is not UNSET:
            field_dict["provider_subnet_id"] = provider_subnet_id
        if solutions is not UNSET:
            field_dict["solutions"] = solutions
        if user_ssh_keyset is not UNSET:
            field_dict["user_ssh_keyset"] = user_ssh_keyset
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.solution_request import SolutionRequest  # noqa: PLC0415

        d = dict(src_dict)
        channel = d.pop("channel")

        k8s_version = d.pop("k8s_version")

        master_count = d.pop("master_count")

        master_size = d.pop("master_size")

        name = d.pop("name")

        platform = d.pop("platform")

        provider = ClusterProvider(d.pop("provider"))

        provider_keyset = d.pop("provider_keyset")

        region = d.pop("region")

        worker_count = d.pop("worker_count")

        worker_size = d.pop("worker_size")

        _etcd_type = d.pop("etcd_type", UNSET)
        etcd_type: ClusterCreateEtcdType | Unset
        if isinstance(_etcd_type, Unset):
            etcd_type = UNSET
        else:
            etcd_type = ClusterCreateEtcdType(_etcd_type)

        k8s_dashboard_enabled = d.pop("k8s_dashboard_enabled", UNSET)

        k8s_rbac_enabled = d.pop("k8s_rbac_enabled", UNSET)

        provider_network_cidr = d.pop("provider_network_cidr", UNSET)

        provider_network_id = d.pop("provider_network_id", UNSET)

        provider_subnet_cidr = d.pop("provider_subnet_cidr", UNSET)

        provider_subnet_id = d.pop("provider_subnet_id", UNSET)

        _solutions = d.pop("solutions", UNSET)
        solutions: list[SolutionRequest] | Unset = UNSET
        if _solutions is not UNSET:
            solutions = []
            for solutions_item_data in _solutions:
                solutions_item = SolutionRequest.from_dict(solutions_item_data)

                solutions.append(solutions_item)

        user_ssh_keyset = d.pop("user_ssh_keyset", UNSET)

        zone = d.pop("zone", UNSET)

        cluster_create = cls(
            channel=channel,
            k8s_version=k8s_version,
            master_count=master_count,
            master_size=master_size,
            name=name,
            platform=platform,
            provider=provider,
            provider_keyset=provider_keyset,
            region=region,
            worker_count=worker_count,
            worker_size=worker_size,
            etcd_type=etcd_type,
            k8s_dashboard_enabled=k8s_dashboard_enabled,
            k8s_rbac_enabled=k8s_rbac_enabled,
            provider_network_cidr=provider_network_cidr,
            provider_network_id=provider_network_id,
            provider_subnet_cidr=provider_subnet_cidr,
            provider_subnet_id=provider_subnet_id,
            solutions=solutions,
            user_ssh_keyset=user_ssh_keyset,
            zone=zone,
        )

        cluster_create.additional_properties = d
        return cluster_create

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
