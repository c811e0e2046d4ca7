from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_state import ClusterState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_follower import ClusterFollower
    from ..models.cluster_node_summary import ClusterNodeSummary
    from ..models.freeform_object import FreeformObject
    from ..models.solution import Solution
    from ..models.workspace_summary import WorkspaceSummary


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A Kubernetes cluster. Lists return the summary fields (the required ones); single-cluster and create responses add
    the detail fields.

        Attributes:
            channel (str): Operating system release channel. Example: stable.
            etcd_type (str): How etcd is hosted. Example: self_hosted.
            federation_role (None | str): `host` or `guest` when the cluster is federated, else null.
            instance_id (str): Internal instance name. Example: spcbsk7u4u.
            is_failed (bool): Whether the cluster has failed. Example: False.
            k8s_rbac_enabled (bool):  Example: True.
            k8s_version (str): Kubernetes version. Example: v1.13.2.
            name (str): Cluster name, unique in the organization. Example: My Cluster.
            node_count (int): Number of nodes. Example: 3.
            org (int): Organization ID. Example: 381.
            pk (int): Cluster ID. Example: 45.
            platform (str): Node operating system. Example: coreos.
            provider (str): Cloud provider (aks, aws, azure, do, eks, gce, gke, ...). Example: aws.
            region (str): Provider region (zone for GCE/GKE). Example: us-west-2.
            solutions (list[Solution]): Solutions on the cluster.
            state (ClusterState): Lifecycle state of a cluster. Creation is asynchronous: a new cluster starts as `draft`
                and moves through `building` and `provisioned` to `running`; deletion moves it through `deleting` to `deleted`.
                `failed` marks a build that stopped. Example: running.
            version_migrations (list[str]): Kubernetes versions the cluster can be upgraded to. Example: [].
            workspace (WorkspaceSummary): A workspace as embedded in clusters and federations.
            zone (str): Provider zone (AWS); empty elsewhere. Example: us-west-2a.
            config (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or billing
                backend. Example: {}.
            created (datetime.datetime | Unset):  Example: 2019-02-13T16:44:19.437099Z.
            features (list[str] | Unset): Optional features switched on for the cluster. Example: [].
            follower (ClusterFollower | Unset): Who follows a cluster's build notifications; empty when nobody does.
            image (str | Unset):  Example: ami-0b0f4f5f0c8c1a797.
            is_etcd_host (bool | Unset):  Example: False.
            is_k8s_available (bool | Unset):  Example: False.
            is_kubeconfig_available (bool | Unset): Whether the kubeconfig can be downloaded yet. Example: False.
            istio_mesh_member (int | None | Unset):
            k8s_dashboard_enabled (bool | Unset):  Example: True.
            k8s_dashboard_installed (bool | Unset):  Example: False.
            k8s_etcd_cluster (int | None | Unset):
            k8s_etcd_operator_installed (bool | Unset):  Example: False.
            k8s_pod_cidr (str | Unset):  Example: 10.2.0.0/16.
            k8s_service_cidr (str | Unset):  Example: 10.3.0.0/24.
            kubeconfig_path (str | Unset):  Example: /orgs/381/clusters/45/kubeconfig.
            layout (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or billing
                backend. Example: {}.
            master_count (int | Unset):  Example: 1.
            master_size (str | Unset):  Example: t2.large.
            nodes (list[ClusterNodeSummary] | Unset): Nodes (only when embedded in a federation).
            notified (bool | Unset):  Example: False.
            owner (int | Unset): ID of the user who created the cluster. Example: 3.
            owner_detail (str | Unset):  Example: jdoe@example.com.
            project_id (str | Unset): Provider project ID where one is needed.
            provider_balancer_id (None | str | Unset):
            provider_keyset (int | Unset): Provider keyset ID. Example: 4.
            provider_keyset_name (str | Unset):  Example: My AWS Credentials.
            provider_network_cidr (str | Unset):  Example: 172.22.0.0/16.
            provider_network_id (str | Unset):  Example: vpc-c4a6f5a0.
            provider_resource_group (None | str | Unset):
            provider_subnet_cidr (str | Unset):  Example: 172.22.4.0/24.
            provider_subnet_id (str | Unset):  Example: subnet-d19044b6.
            site (int | Unset): ID of the site (NKS or an OEM site) the cluster was created from. Example: 8.
            updated (datetime.datetime | Unset):  Example: 2019-02-13T16:44:20.103316Z.
            user_ssh_keyset (int | Unset): SSH keyset ID. Example: 5.
            user_ssh_keyset_name (str | Unset):  Example: Default SPC SSH Keypair.
            worker_count (int | Unset):  Example: 2.
            worker_size (str | Unset):  Example: t2.large.
    """

    channel: str
    etcd_type: str
    federation_role: None | str
    instance_id: str
    is_failed: bool
    k8s_rbac_enabled: bool
    k8s_version: str
    name: str
    node_count: int
    org: int
    pk: int
    platform: str
    provider: str
    region: str
    solutions: list[Solution]
    state: ClusterState
    version_migrations: list[str]
    workspace: WorkspaceSummary
    zone: str
    config: FreeformObject | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    features: list[str] | Unset = UNSET
    follower: ClusterFollower | Unset = UNSET
    image: str | Unset = UNSET
    is_etcd_host: bool | Unset = UNSET
    is_k8s_available: bool | Unset = UNSET
    is_kubeconfig_available: bool | Unset = UNSET
    istio_mesh_member: int | None | Unset = UNSET
    k8s_dashboard_enabled: bool | Unset = UNSET
    k8s_dashboard_installed: bool | Unset = UNSET
    k8s_etcd_cluster: int | None | Unset = UNSET
    k8s_etcd_operator_installed: bool | Unset = UNSET
    k8s_pod_cidr: str | Unset = UNSET
    k8s_service_cidr: str | Unset = UNSET
    kubeconfig_path: str | Unset = UNSET
    layout: FreeformObject | Unset = UNSET
    master_count: int | Unset = UNSET
    master_size: str | Unset = UNSET
    nodes: list[ClusterNodeSummary] | Unset = UNSET
    notified: bool | Unset = UNSET
    owner: int | Unset = UNSET
    owner_detail: str | Unset = UNSET
    project_id: str | Unset = UNSET
    provider_balancer_id: None | str | Unset = UNSET
    provider_keyset: int | Unset = UNSET
    provider_keyset_name: str | Unset = UNSET
    provider_network_cidr: str | Unset = UNSET
    provider_network_id: str | Unset = UNSET
    provider_resource_group: None | str | Unset = UNSET
    provider_subnet_cidr: str | Unset = UNSET
    provider_subnet_id: str | Unset = UNSET
    site: int | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    user_ssh_keyset: int | Unset = UNSET
    user_ssh_keyset_name: str | Unset = UNSET
    worker_count: int | Unset = UNSET
    worker_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        etcd_type = self.etcd_type

        federation_role: None | str
        federation_role = self.federation_role

        instance_id = self.instance_id

        is_failed = self.is_failed

        k8s_rbac_enabled = self.k8s_rbac_enabled

        k8s_version = self.k8s_version

        name = self.name

        node_count = self.node_count

        org = self.org

        pk = self.pk

        platform = self.platform

        provider = self.provider

        region = self.region

        solutions = []
        for solutions_item_data in self.solutions:
            solutions_item = solutions_item_data.to_dict()
            solutions.append(solutions_item)

        state = self.state.value

        version_migrations = self.version_migrations

        workspace = self.workspace.to_dict()

        zone = self.zone

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        follower: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower, Unset):
            follower = self.follower.to_dict()

        image = self.image

        is_etcd_host = self.is_etcd_host

        is_k8s_available = self.is_k8s_available

        is_kubeconfig_available = self.is_kubeconfig_available

        istio_mesh_member: int | None | Unset
        if isinstance(self.istio_mesh_member, Unset):
            istio_mesh_member = UNSET
        else:
            istio_mesh_member = self.istio_mesh_member

        k8s_dashboard_enabled = self.k8s_dashboard_enabled

        k8s_dashboard_installed = self.k8s_dashboard_installed

        k8s_etcd_cluster: int | None | Unset
        if isinstance(self.k8s_etcd_cluster, Unset):
            k8s_etcd_cluster = UNSET
        else:
            k8s_etcd_cluster = self.k8s_etcd_cluster

        k8s_etcd_operator_installed = self.k8s_etcd_operator_installed

        k8s_pod_cidr = self.k8s_pod_cidr

        k8s_service_cidr = self.k8s_service_cidr

        kubeconfig_path = self.kubeconfig_path

        layout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.to_dict()

        master_count = self.master_count

        master_size = self.master_size

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        notified = self.notified

        owner = self.owner

        owner_detail = self.owner_detail

        project_id = self.project_id

        provider_balancer_id: None | str | Unset
        if isinstance(self.provider_balancer_id, Unset):
            provider_balancer_id = UNSET
        else:
            provider_balancer_id = self.provider_balancer_id

        provider_keyset = self.provider_keyset

        provider_keyset_name = self.provider_keyset_name

        provider_network_cidr = self.provider_network_cidr

        provider_network_id = self.provider_network_id

        provider_resource_group: None | str | Unset
        if isinstance(self.provider_resource_group, Unset):
            provider_resource_group = UNSET
        else:
            provider_resource_group = self.provider_resource_group

        provider_subnet_cidr = self.provider_subnet_cidr

        provider_subnet_id = self.provider_subnet_id

        site = self.site

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        user_ssh_keyset = self.user_ssh_keyset

        user_ssh_keyset_name = self.user_ssh_keyset_name

        worker_count = self.worker_count

        worker_size = self.worker_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "etcd_type": etcd_type,
                "federation_role": federation_role,
                "instance_id": instance_id,
                "is_failed": is_failed,
                "k8s_rbac_enabled": k8s_rbac_enabled,
                "k8s_version": k8s_version,
                "name": name,
                "node_count": node_count,
                "org": org,
                "pk": pk,
                "platform": platform,
                "provider": provider,
                "region": region,
                "solutions": solutions,
                "state": state,
                "version_migrations": version_migrations,
                "workspace": workspace,
                "zone": zone,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if created is not UNSET:
            field_dict["created"] = created
        if features is not UNSET:
            field_dict["features"] = features
        if follower is not UNSET:
            field_dict["follower"] = follower
        if image is not UNSET:
            field_dict["image"] = image
        if is_etcd_host is not UNSET:
            field_dict["is_etcd_host"] = is_etcd_host
        if is_k8s_available is not UNSET:
            field_dict["is_k8s_available"] = is_k8s_available
        if is_kubeconfig_available is not UNSET:
            field_dict["is_kubeconfig_available"] = is_kubeconfig_available
        if istio_mesh_member is not UNSET:
            field_dict["istio_mesh_member"] = istio_mesh_member
        if k8s_dashboard_enabled is not UNSET:
            field_dict["k8s_dashboard_enabled"] = k8s_dashboard_enabled
        if k8s_dashboard_installed is not UNSET:
            field_dict["k8s_dashboard_installed"] = k8s_dashboard_installed
        if k8s_etcd_cluster is not UNSET:
            field_dict["k8s_etcd_cluster"] = k8s_etcd_cluster
        if k8s_etcd_operator_installed is not UNSET:
            field_dict["k8s_etcd_operator_installed"] = k8s_etcd_operator_installed
        if k8s_pod_cidr is not UNSET:
            field_dict["k8s_pod_cidr"] = k8s_pod_cidr
        if k8s_service_cidr is not UNSET:
            field_dict["k8s_service_cidr"] = k8s_service_cidr
        if kubeconfig_path is not UNSET:
            field_dict["kubeconfig_path"] = kubeconfig_path
        if layout is not UNSET:
            field_dict["layout"] = layout
        if master_count is not UNSET:
            field_dict["master_count"] = master_count
        if master_size is not UNSET:
            field_dict["master_size"] = master_size
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if notified is not UNSET:
            field_dict["notified"] = notified
        if owner is not UNSET:
            field_dict["owner"] = owner
        if owner_detail is not UNSET:
            field_dict["owner_detail"] = owner_detail
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if provider_balancer_id is not UNSET:
            field_dict["provider_balancer_id"] = provider_balancer_id
        if provider_keyset is not UNSET:
            field_dict["provider_keyset"] = provider_keyset
        if provider_keyset_name is not UNSET:
            field_dict["provider_keyset_name"] = provider_keyset_name
        if provider_network_cidr is not UNSET:
            field_dict["provider_network_cidr"] = provider_network_cidr
        if provider_network_id is not UNSET:
            field_dict["provider_network_id"] = provider_network_id
        if provider_resource_group is not UNSET:
            field_dict["provider_resource_group"] = provider_resource_group
        if provider_subnet_cidr is not UNSET:
            field_dict["provider_subnet_cidr"] = provider_subnet_cidr
        if provider_subnet_id is not UNSET:
            field_dict["provider_subnet_id"] = provider_subnet_id
        if site is not UNSET:
            field_dict["site"] = site
        if updated is not UNSET:
            field_dict["updated"] = updated
        if user_ssh_keyset is not UNSET:
            field_dict["user_ssh_keyset"] = user_ssh_keyset
        if user_ssh_keyset_name is not UNSET:
            field_dict["user_ssh_keyset_name"] = user_ssh_keyset_name
        if worker_count is not UNSET:
            field_dict["worker_count"] = worker_count
        if worker_size is not UNSET:
            field_dict["worker_size"] = worker_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_follower import ClusterFollower  # noqa: PLC0415
        from ..models.cluster_node_summary import ClusterNodeSummary  # noqa: PLC0415
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415
        from ..models.solution import Solution  # noqa: PLC0415
        from ..models.workspace_summary import WorkspaceSummary  # noqa: PLC0415

        d = dict(src_dict)
        channel = d.pop("channel")

        etcd_type = d.pop("etcd_type")

        def _parse_federation_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        federation_role = _parse_federation_role(d.pop("federation_role"))

        instance_id = d.pop("instance_id")

        is_failed = d.pop("is_failed")

        k8s_rbac_enabled = d.pop("k8s_rbac_enabled")

        k8s_version = d.pop("k8s_version")

        name = d.pop("name")

        node_count = d.pop("node_count")

        org = d.pop("org")

        pk = d.pop("pk")

        platform = d.pop("platform")

        provider = d.pop("provider")

        region = d.pop("region")

        solutions = []
        _solutions = d.pop("solutions")
        for solutions_item_data in _solutions:
            solutions_item = Solution.from_dict(solutions_item_data)

            solutions.append(solutions_item)

        state = ClusterState(d.pop("state"))

        version_migrations = cast(list[str], d.pop("version_migrations"))

        workspace = WorkspaceSummary.from_dict(d.pop("workspace"))

        zone = d.pop("zone")

        _config = d.pop("config", UNSET)
        config: FreeformObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = FreeformObject.from_dict(_config)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        features = cast(list[str], d.pop("features", UNSET))

        _follower = d.pop("follower", UNSET)
        follower: ClusterFollower | Unset
        if isinstance(_follower, Unset):
            follower = UNSET
        else:
            follower = ClusterFollower.from_dict(_follower)

        image = d.pop("image", UNSET)

        is_etcd_host = d.pop("is_etcd_host", UNSET)

        is_k8s_available = d.pop("is_k8s_available", UNSET)

        is_kubeconfig_available = d.pop("is_kubeconfig_available", UNSET)

        def _parse_istio_mesh_member(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        istio_mesh_member = _parse_istio_mesh_member(d.pop("istio_mesh_member", UNSET))

        k8s_dashboard_enabled = d.pop("k8s_dashboard_enabled", UNSET)

        k8s_dashboard_installed = d.pop("k8s_dashboard_installed", UNSET)

        def _parse_k8s_etcd_cluster(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        k8s_etcd_cluster = _parse_k8s_etcd_cluster(d.pop("k8s_etcd_cluster", UNSET))

        k8s_etcd_operator_installed = d.pop("k8s_etcd_operator_installed", UNSET)

        k8s_pod_cidr = d.pop("k8s_pod_cidr", UNSET)

        k8s_service_cidr = d.pop("k8s_service_cidr", UNSET)

        kubeconfig_path = d.pop("kubeconfig_path", UNSET)

        _layout = d.pop("layout", UNSET)
        layout: FreeformObject | Unset
        if isinstance(_layout, Unset):
            layout = UNSET
        else:
            layout = FreeformObject.from_dict(_layout)

        master_count = d.pop("master_count", UNSET)

        master_size = d.pop("master_size", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[ClusterNodeSummary] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = ClusterNodeSummary.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        notified = d.pop("notified", UNSET)

        owner = d.pop("owner", UNSET)

        owner_detail = d.pop("owner_detail", UNSET)

        project_id = d.pop("project_id", UNSET)

        def _parse_provider_balancer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_balancer_id = _parse_provider_balancer_id(
            d.pop("provider_balancer_id", UNSET)
        )

        provider_keyset = d.pop("provider_keyset", UNSET)

        provider_keyset_name = d.pop("provider_keyset_name", UNSET)

        provider_network_cidr = d.pop("provider_network_cidr", UNSET)

        provider_network_id = d.pop("provider_network_id", UNSET)

        def _parse_provider_resource_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_resource_group = _parse_provider_resource_group(
            d.pop("provider_resource_group", UNSET)
        )

        provider_subnet_cidr = d.pop("provider_subnet_cidr", UNSET)

        provider_subnet_id = d.pop("provider_subnet_id", UNSET)

        site = d.pop("site", UNSET)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        user_ssh_keyset = d.pop("user_ssh_keyset", UNSET)

        user_ssh_keyset_name = d.pop("user_ssh_keyset_name", UNSET)

        worker_count = d.pop("worker_count", UNSET)

        worker_size = d.pop("worker_size", UNSET)

        cluster = cls(
            channel=channel,
            etcd_type=etcd_type,
            federation_role=federation_role,
            instance_id=instance_id,
            is_failed=is_failed,
            k8s_rbac_enabled=k8s_rbac_enabled,
            k8s_version=k8s_version,
            name=name,
            node_count=node_count,
            org=org,
            pk=pk,
            platform=platform,
            provider=provider,
            region=region,
            solutions=solutions,
            state=state,
            version_migrations=version_migrations,
            workspace=workspace,
            zone=zone,
            config=config,
            created=created,
            features=features,
            follower=follower,
            image=image,
            is_etcd_host=is_etcd_host,
            is_k8s_available=is_k8s_available,
            is_kubeconfig_available=is_kubeconfig_available,
            istio_mesh_member=istio_mesh_member,
            k8s_dashboard_enabled=k8s_dashboard_enabled,
            k8s_dashboard_installed=k8s_dashboard_installed,
            k8s_etcd_cluster=k8s_etcd_cluster,
            k8s_etcd_operator_installed=k8s_etcd_operator_installed,
            k8s_pod_cidr=k8s_pod_cidr,
            k8s_service_cidr=k8s_service_cidr,
            kubeconfig_path=kubeconfig_path,
            layout=layout,
            master_count=master_count,
            master_size=master_size,
            nodes=nodes,
            notified=notified,
            owner=owner,
            owner_detail=owner_detail,
            project_id=project_id,
            provider_balancer_id=provider_balancer_id,
            provider_keyset=provider_keyset,
            provider_keyset_name=provider_keyset_name,
            provider_network_cidr=provider_network_cidr,
            provider_network_id=provider_network_id,
            provider_resource_group=provider_resource_group,
            provider_subnet_cidr=provider_subnet_cidr,
            provider_subnet_id=provider_subnet_id,
            site=site,
            updated=updated,
            user_ssh_keyset=user_ssh_keyset,
            user_ssh_keyset_name=user_ssh_keyset_name,
            worker_count=worker_count,
            worker_size=worker_size,
        )

        cluster.additional_properties = d
        return cluster

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
