from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_status import AgentStatus
from ..models.castware_install_method import CastwareInstallMethod
from ..models.cluster_status import ClusterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aks_cluster_params import AKSClusterParams
    from ..models.anywhere_cluster_params import AnywhereClusterParams
    from ..models.cluster_tags import ClusterTags
    from ..models.eks_cluster_params import EKSClusterParams
    from ..models.gke_cluster_params import GKEClusterParams
    from ..models.kops_cluster_params import KOPSClusterParams
    from ..models.oke_cluster_params import OKEClusterParams
    from ..models.openshift_cluster_params import OpenshiftClusterParams
    from ..models.reconcile_info import ReconcileInfo
    from ..models.region import Region
    from ..models.self_hosted_with_ec2_nodes_params import SelfHostedWithEC2NodesParams
    from ..models.subnet import Subnet
    from ..models.zone import Zone


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A Kubernetes cluster connected to CAST AI.

    Attributes:
        id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        name (str):  Example: prod-eks.
        organization_id (UUID):  Example: 0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587.
        status (ClusterStatus): Lifecycle status of a cluster in CAST AI. In warning, autoscaling does not work.
            Example: ready.
        agent_snapshot_received_at (datetime.datetime | Unset):  Example: 2026-08-01T12:00:00Z.
        agent_status (AgentStatus | Unset): Connection state of the in-cluster agent, derived from when its last
            snapshot arrived. Example: online.
        aks (AKSClusterParams | Unset): Where an AKS cluster runs.
        all_region_zones (list[Zone] | Unset):
        anywhere (AnywhereClusterParams | Unset): A cluster running on infrastructure CAST AI does not provision.
        castware_install_method (CastwareInstallMethod | Unset): How the CAST AI components were installed into the
            cluster. Example: OPERATOR.
        cluster_name_id (str | Unset):  Example: prod-eks-3d7a1c52.
        created_at (datetime.datetime | Unset):  Example: 2026-05-12T08:30:00Z.
        credentials_id (str | Unset):  Example: 9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d.
        deleted_at (datetime.datetime | None | Unset):
        eks (EKSClusterParams | Unset): Where an EKS cluster runs.
        first_operation_at (datetime.datetime | Unset):  Example: 2026-05-12T09:10:00Z.
        gke (GKEClusterParams | Unset): Where a GKE cluster runs.
        is_phase_2 (bool | Unset): True once CAST AI manages the cluster's nodes (not read-only). Example: True.
        kops (KOPSClusterParams | Unset): Where a kOps cluster runs.
        kubernetes_version (None | str | Unset):  Example: 1.30.
        managed_by (str | Unset):  Example: terraform.
        oke (OKEClusterParams | Unset): Where an Oracle OKE cluster runs.
        openshift (OpenshiftClusterParams | Unset): Where an OpenShift cluster runs.
        provider_namespace_id (str | Unset):
        provider_type (str | Unset): Kind of cluster: eks, gke, aks, kops, openshift, oke, anywhere or selfhosted.
            Example: eks.
        reconcile_error (None | str | Unset):
        reconcile_info (ReconcileInfo | Unset): Outcome of the latest reconciliation.
        reconciled_at (datetime.datetime | None | Unset):  Example: 2026-08-01T12:00:00Z.
        region (Region | Unset): Cloud region of a cluster.
        self_hosted_with_ec_2_nodes (SelfHostedWithEC2NodesParams | Unset): A self-managed cluster whose nodes run on
            EC2.
        ssh_public_key (None | str | Unset):
        subnets (list[Subnet] | Unset):
        tags (ClusterTags | Unset):  Example: {'team': 'platform'}.
        zones (list[Zone] | Unset):
    """

    id: UUID
    name: str
    organization_id: UUID
    status: ClusterStatus
    agent_snapshot_received_at: datetime.datetime | Unset = UNSET
    agent_status: AgentStatus | Unset = UNSET
    aks: AKSClusterParams | Unset = UNSET
    all_region_zones: list[Zone] | Unset = UNSET
    anywhere: AnywhereClusterParams | Unset = UNSET
    castware_install_method: CastwareInstallMethod | Unset = UNSET
    cluster_name_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    credentials_id: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    eks: EKSClusterParams | Unset = UNSET
    first_operation_at: datetime.datetime | Unset = UNSET
    gke: GKEClusterParams | Unset = UNSET
    is_phase_2: bool | Unset = UNSET
    kops: KOPSClusterParams | Unset = UNSET
    kubernetes_version: None | str | Unset = UNSET
    managed_by: str | Unset = UNSET
    oke: OKEClusterParams | Unset = UNSET
    openshift: OpenshiftClusterParams | Unset = UNSET
    provider_namespace_id: str | Unset = UNSET
    provider_type: str | Unset = UNSET
    reconcile_error: None | str | Unset = UNSET
    reconcile_info: ReconcileInfo | Unset = UNSET
    reconciled_at: datetime.datetime | None | Unset = UNSET
    region: Region | Unset = UNSET
    self_hosted_with_ec_2_nodes: SelfHostedWithEC2NodesParams | Unset = UNSET
    ssh_public_key: None | str | Unset = UNSET
    subnets: list[Subnet] | Unset = UNSET
    tags: ClusterTags | Unset = UNSET
    zones: list[Zone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        organization_id = str(self.organization_id)

        status = self.status.value

        agent_snapshot_received_at: str | Unset = UNSET
        if not isinstance(self.agent_snapshot_received_at, Unset):
            agent_snapshot_received_at = self.agent_snapshot_received_at.isoformat()

        agent_status: str | Unset = UNSET
        if not isinstance(self.agent_status, Unset):
            agent_status = self.agent_status.value

        aks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aks, Unset):
            aks = self.aks.to_dict()

        all_region_zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_region_zones, Unset):
            all_region_zones = []
            for all_region_zones_item_data in self.all_region_zones:
                all_region_zones_item = all_region_zones_item_data.to_dict()
                all_region_zones.append(all_region_zones_item)

        anywhere: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anywhere, Unset):
            anywhere = self.anywhere.to_dict()

        castware_install_method: str | Unset = UNSET
        if not isinstance(self.castware_install_method, Unset):
            castware_install_method = self.castware_install_method.value

        cluster_name_id = self.cluster_name_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        credentials_id = self.credentials_id

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        eks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eks, Unset):
            eks = self.eks.to_dict()

        first_operation_at: str | Unset = UNSET
        if not isinstance(self.first_operation_at, Unset):
            first_operation_at = self.first_operation_at.isoformat()

        gke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gke, Unset):
            gke = self.gke.to_dict()

        is_phase_2 = self.is_phase_2

        kops: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kops, Unset):
            kops = self.kops.to_dict()

        kubernetes_version: None | str | Unset
        if isinstance(self.kubernetes_version, Unset):
            kubernetes_version = UNSET
        else:
            kubernetes_version = self.kubernetes_version

        managed_by = self.managed_by

        oke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oke, Unset):
            oke = self.oke.to_dict()

        openshift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openshift, Unset):
            openshift = self.openshift.to_dict()

        provider_namespace_id = self.provider_namespace_id

        provider_type = self.provider_type

        reconcile_error: None | str | Unset
        if isinstance(self.reconcile_error, Unset):
            reconcile_error = UNSET
        else:
            reconcile_error = self.reconcile_error

        reconcile_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reconcile_info, Unset):
            reconcile_info = self.reconcile_info.to_dict()

        reconciled_at: None | str | Unset
        if isinstance(self.reconciled_at, Unset):
            reconciled_at = UNSET
        elif isinstance(self.reconciled_at, datetime.datetime):
            reconciled_at = self.reconciled_at.isoformat()
        else:
            reconciled_at = self.reconciled_at

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        self_hosted_with_ec_2_nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = self.self_hosted_with_ec_2_nodes.to_dict()

        ssh_public_key: None | str | Unset
        if isinstance(self.ssh_public_key, Unset):
            ssh_public_key = UNSET
        else:
            ssh_public_key = self.ssh_public_key

        subnets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subnets, Unset):
            subnets = []
            for subnets_item_data in self.subnets:
                subnets_item = subnets_item_data.to_dict()
                subnets.append(subnets_item)

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "organizationId": organization_id,
                "status": status,
            }
        )
        if agent_snapshot_received_at is not UNSET:
            field_dict["agentSnapshotReceivedAt"] = agent_snapshot_received_at
        if agent_status is not UNSET:
            field_dict["agentStatus"] = agent_status
        if aks is not UNSET:
            field_dict["aks"] = aks
        if all_region_zones is not UNSET:
            field_dict["allRegionZones"] = all_region_zones
        if anywhere is not UNSET:
            field_dict["anywhere"] = anywhere
        if castware_install_method is not UNSET:
            field_dict["castwareInstallMethod"] = castware_install_method
        if cluster_name_id is not UNSET:
            field_dict["clusterNameId"] = cluster_name_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if credentials_id is not UNSET:
            field_dict["credentialsId"] = credentials_id
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if eks is not UNSET:
            field_dict["eks"] = eks
        if first_operation_at is not UNSET:
            field_dict["firstOperationAt"] = first_operation_at
        if gke is not UNSET:
            field_dict["gke"] = gke
        if is_phase_2 is not UNSET:
            field_dict["isPhase2"] = is_phase_2
        if kops is not UNSET:
            field_dict["kops"] = kops
        if kubernetes_version is not UNSET:
            field_dict["kubernetesVersion"] = kubernetes_version
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by
        if oke is not UNSET:
            field_dict["oke"] = oke
        if openshift is not UNSET:
            field_dict["openshift"] = openshift
        if provider_namespace_id is not UNSET:
            field_dict["providerNamespaceId"] = provider_namespace_id
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type
        if reconcile_error is not UNSET:
            field_dict["reconcileError"] = reconcile_error
        if reconcile_info is not UNSET:
            field_dict["reconcileInfo"] = reconcile_info
        if reconciled_at is not UNSET:
            field_dict["reconciledAt"] = reconciled_at
        if region is not UNSET:
            field_dict["region"] = region
        if self_hosted_with_ec_2_nodes is not UNSET:
            field_dict["selfHostedWithEc2Nodes"] = self_hosted_with_ec_2_nodes
        if ssh_public_key is not UNSET:
            field_dict["sshPublicKey"] = ssh_public_key
        if subnets is not UNSET:
            field_dict["subnets"] = subnets
        if tags is not UNSET:
            field_dict["tags"] = tags
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aks_cluster_params import AKSClusterParams  # noqa: PLC0415
        from ..models.anywhere_cluster_params import AnywhereClusterParams  # noqa: PLC0415
        from ..models.cluster_tags import ClusterTags  # noqa: PLC0415
        from ..models.eks_cluster_params import EKSClusterParams  # noqa: PLC0415
        from ..models.gke_cluster_params import GKEClusterParams  # noqa: PLC0415
        from ..models.kops_cluster_params import KOPSClusterParams  # noqa: PLC0415
        from ..models.oke_cluster_params import OKEClusterParams  # noqa: PLC0415
        from ..models.openshift_cluster_params import OpenshiftClusterParams  # noqa: PLC0415
        from ..models.reconcile_info import ReconcileInfo  # noqa: PLC0415
        from ..models.region import Region  # noqa: PLC0415
        from ..models.self_hosted_with_ec2_nodes_params import (
            SelfHostedWithEC2NodesParams,  # noqa: PLC0415
        )
        from ..models.subnet import Subnet  # noqa: PLC0415
        from ..models.zone import Zone  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        organization_id = UUID(d.pop("organizationId"))

        status = ClusterStatus(d.pop("status"))

        _agent_snapshot_received_at = d.pop("agentSnapshotReceivedAt", UNSET)
        agent_snapshot_received_at: datetime.datetime | Unset
        if isinstance(_agent_snapshot_received_at, Unset):
            agent_snapshot_received_at = UNSET
        else:
            agent_snapshot_received_at = datetime.datetime.fromisoformat(
                _agent_snapshot_received_at
            )

        _agent_status = d.pop("agentStatus", UNSET)
        agent_status: AgentStatus | Unset
        if isinstance(_agent_status, Unset):
            agent_status = UNSET
        else:
            agent_status = AgentStatus(_agent_status)

        _aks = d.pop("aks", UNSET)
        aks: AKSClusterParams | Unset
        if isinstance(_aks, Unset):
            aks = UNSET
        else:
            aks = AKSClusterParams.from_dict(_aks)

        _all_region_zones = d.pop("allRegionZones", UNSET)
        all_region_zones: list[Zone] | Unset = UNSET
        if _all_region_zones is not UNSET:
            all_region_zones = []
            for all_region_zones_item_data in _all_region_zones:
                all_region_zones_item = Zone.from_dict(all_region_zones_item_data)

                all_region_zones.append(all_region_zones_item)

        _anywhere = d.pop("anywhere", UNSET)
        anywhere: AnywhereClusterParams | Unset
        if isinstance(_anywhere, Unset):
            anywhere = UNSET
        else:
            anywhere = AnywhereClusterParams.from_dict(_anywhere)

        _castware_install_method = d.pop("castwareInstallMethod", UNSET)
        castware_install_method: CastwareInstallMethod | Unset
        if isinstance(_castware_install_method, Unset):
            castware_install_method = UNSET
        else:
            castware_install_method = CastwareInstallMethod(_castware_install_method)

        cluster_name_id = d.pop("clusterNameId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        credentials_id = d.pop("credentialsId", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        _eks = d.pop("eks", UNSET)
        eks: EKSClusterParams | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = EKSClusterParams.from_dict(_eks)

        _first_operation_at = d.pop("firstOperationAt", UNSET)
        first_operation_at: datetime.datetime | Unset
        if isinstance(_first_operation_at, Unset):
            first_operation_at = UNSET
        else:
            first_operation_at = datetime.datetime.fromisoformat(_first_operation_at)

        _gke = d.pop("gke", UNSET)
        gke: GKEClusterParams | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = GKEClusterParams.from_dict(_gke)

        is_phase_2 = d.pop("isPhase2", UNSET)

        _kops = d.pop("kops", UNSET)
        kops: KOPSClusterParams | Unset
        if isinstance(_kops, Unset):
            kops = UNSET
        else:
            kops = KOPSClusterParams.from_dict(_kops)

        def _parse_kubernetes_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kubernetes_version = _parse_kubernetes_version(
            d.pop("kubernetesVersion", UNSET)
        )

        managed_by = d.pop("managedBy", UNSET)

        _oke = d.pop("oke", UNSET)
        oke: OKEClusterParams | Unset
        if isinstance(_oke, Unset):
            oke = UNSET
        else:
            oke = OKEClusterParams.from_dict(_oke)

        _openshift = d.pop("openshift", UNSET)
        openshift: OpenshiftClusterParams | Unset
        if isinstance(_openshift, Unset):
            openshift = UNSET
        else:
            openshift = OpenshiftClusterParams.from_dict(_openshift)

        provider_namespace_id = d.pop("providerNamespaceId", UNSET)

        provider_type = d.pop("providerType", UNSET)

        def _parse_reconcile_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reconcile_error = _parse_reconcile_error(d.pop("reconcileError", UNSET))

        _reconcile_info = d.pop("reconcileInfo", UNSET)
        reconcile_info: ReconcileInfo | Unset
        if isinstance(_reconcile_info, Unset):
            reconcile_info = UNSET
        else:
            reconcile_info = ReconcileInfo.from_dict(_reconcile_info)

        def _parse_reconciled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reconciled_at_type_0 = datetime.datetime.fromisoformat(data)

                return reconciled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reconciled_at = _parse_reconciled_at(d.pop("reconciledAt", UNSET))

        _region = d.pop("region", UNSET)
        region: Region | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = Region.from_dict(_region)

        _self_hosted_with_ec_2_nodes = d.pop("selfHostedWithEc2Nodes", UNSET)
        self_hosted_with_ec_2_nodes: SelfHostedWithEC2NodesParams | Unset
        if isinstance(_self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = UNSET
        else:
            self_hosted_with_ec_2_nodes = SelfHostedWithEC2NodesParams.from_dict(
                _self_hosted_with_ec_2_nodes
            )

        def _parse_ssh_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_public_key = _parse_ssh_public_key(d.pop("sshPublicKey", UNSET))

        _subnets = d.pop("subnets", UNSET)
        subnets: list[Subnet] | Unset = UNSET
        if _subnets is not UNSET:
            subnets = []
            for subnets_item_data in _subnets:
                subnets_item = Subnet.from_dict(subnets_item_data)

                subnets.append(subnets_item)

        _tags = d.pop("tags", UNSET)
        tags: ClusterTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ClusterTags.from_dict(_tags)

        _zones = d.pop("zones", UNSET)
        zones: list[Zone] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = Zone.from_dict(zones_item_data)

                zones.append(zones_item)

        cluster = cls(
            id=id,
            name=name,
            organization_id=organization_id,
            status=status,
            agent_snapshot_received_at=agent_snapshot_received_at,
            agent_status=agent_status,
            aks=aks,
            all_region_zones=all_region_zones,
            anywhere=anywhere,
            castware_install_method=castware_install_method,
            cluster_name_id=cluster_name_id,
            created_at=created_at,
            credentials_id=credentials_id,
            deleted_at=deleted_at,
            eks=eks,
            first_operation_at=first_operation_at,
            gke=gke,
            is_phase_2=is_phase_2,
            kops=kops,
            kubernetes_version=kubernetes_version,
            managed_by=managed_by,
            oke=oke,
            openshift=openshift,
            provider_namespace_id=provider_namespace_id,
            provider_type=provider_type,
            reconcile_error=reconcile_error,
            reconcile_info=reconcile_info,
            reconciled_at=reconciled_at,
            region=region,
            self_hosted_with_ec_2_nodes=self_hosted_with_ec_2_nodes,
            ssh_public_key=ssh_public_key,
            subnets=subnets,
            tags=tags,
            zones=zones,
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
