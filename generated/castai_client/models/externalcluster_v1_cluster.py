from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1_cluster_castware_install_method import (
    ExternalclusterV1ClusterCastwareInstallMethod,
    check_externalcluster_v1_cluster_castware_install_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_anywhere_cluster_params import (
        ExternalclusterV1AnywhereClusterParams,
    )
    from ..models.externalcluster_v1_cluster_attributes import (
        ExternalclusterV1ClusterAttributes,
    )
    from ..models.externalcluster_v1_cluster_reconcile_info import (
        ExternalclusterV1ClusterReconcileInfo,
    )
    from ..models.externalcluster_v1_cluster_tags import ExternalclusterV1ClusterTags
    from ..models.externalcluster_v1_openshift_cluster_params import (
        ExternalclusterV1OpenshiftClusterParams,
    )
    from ..models.externalcluster_v1_region import ExternalclusterV1Region
    from ..models.externalcluster_v1_self_hosted_with_ec2_nodes_params import (
        ExternalclusterV1SelfHostedWithEC2NodesParams,
    )
    from ..models.externalcluster_v1_subnet import ExternalclusterV1Subnet
    from ..models.externalcluster_v1_zone import ExternalclusterV1Zone
    from ..models.externalcluster_v1aks_cluster_params import (
        ExternalclusterV1AKSClusterParams,
    )
    from ..models.externalcluster_v1eks_cluster_params import (
        ExternalclusterV1EKSClusterParams,
    )
    from ..models.externalcluster_v1gke_cluster_params import (
        ExternalclusterV1GKEClusterParams,
    )
    from ..models.externalcluster_v1kops_cluster_params import (
        ExternalclusterV1KOPSClusterParams,
    )
    from ..models.externalcluster_v1oke_cluster_params import (
        ExternalclusterV1OKEClusterParams,
    )


T = TypeVar("T", bound="ExternalclusterV1Cluster")


@_attrs_define
class ExternalclusterV1Cluster:
    """
    Attributes:
        agent_snapshot_received_at (datetime.datetime | Unset):
        agent_status (str | Unset):
        aks (ExternalclusterV1AKSClusterParams | Unset):
        all_region_zones (list[ExternalclusterV1Zone] | Unset):
        anywhere (ExternalclusterV1AnywhereClusterParams | Unset):
        attributes (ExternalclusterV1ClusterAttributes | Unset):
        castware_install_method (ExternalclusterV1ClusterCastwareInstallMethod | Unset):
        cluster_name_id (str | Unset):
        created_at (datetime.datetime | Unset):
        credentials_id (str | Unset):
        deleted_at (datetime.datetime | None | Unset):
        eks (ExternalclusterV1EKSClusterParams | Unset):
        first_operation_at (datetime.datetime | Unset):
        gke (ExternalclusterV1GKEClusterParams | Unset):
        id (str | Unset):
        is_phase_2 (bool | Unset):
        kops (ExternalclusterV1KOPSClusterParams | Unset):
        kubernetes_version (None | str | Unset):
        managed_by (str | Unset):
        name (str | Unset):
        oke (ExternalclusterV1OKEClusterParams | Unset):
        openshift (ExternalclusterV1OpenshiftClusterParams | Unset):
        organization_id (str | Unset):
        provider_namespace_id (str | Unset):
        provider_type (str | Unset):
        reconcile_error (None | str | Unset):
        reconcile_info (ExternalclusterV1ClusterReconcileInfo | Unset):
        reconciled_at (datetime.datetime | None | Unset):
        region (ExternalclusterV1Region | Unset):
        self_hosted_with_ec_2_nodes (ExternalclusterV1SelfHostedWithEC2NodesParams | Unset):
        ssh_public_key (None | str | Unset):
        status (str | Unset):
        subnets (list[ExternalclusterV1Subnet] | Unset):
        tags (ExternalclusterV1ClusterTags | Unset):
        zones (list[ExternalclusterV1Zone] | Unset):
    """

    agent_snapshot_received_at: datetime.datetime | Unset = UNSET
    agent_status: str | Unset = UNSET
    aks: ExternalclusterV1AKSClusterParams | Unset = UNSET
    all_region_zones: list[ExternalclusterV1Zone] | Unset = UNSET
    anywhere: ExternalclusterV1AnywhereClusterParams | Unset = UNSET
    attributes: ExternalclusterV1ClusterAttributes | Unset = UNSET
    castware_install_method: ExternalclusterV1ClusterCastwareInstallMethod | Unset = (
        UNSET
    )
    cluster_name_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    credentials_id: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    eks: ExternalclusterV1EKSClusterParams | Unset = UNSET
    first_operation_at: datetime.datetime | Unset = UNSET
    gke: ExternalclusterV1GKEClusterParams | Unset = UNSET
    id: str | Unset = UNSET
    is_phase_2: bool | Unset = UNSET
    kops: ExternalclusterV1KOPSClusterParams | Unset = UNSET
    kubernetes_version: None | str | Unset = UNSET
    managed_by: str | Unset = UNSET
    name: str | Unset = UNSET
    oke: ExternalclusterV1OKEClusterParams | Unset = UNSET
    openshift: ExternalclusterV1OpenshiftClusterParams | Unset = UNSET
    organization_id: str | Unset = UNSET
    provider_namespace_id: str | Unset = UNSET
    provider_type: str | Unset = UNSET
    reconcile_error: None | str | Unset = UNSET
    reconcile_info: ExternalclusterV1ClusterReconcileInfo | Unset = UNSET
    reconciled_at: datetime.datetime | None | Unset = UNSET
    region: ExternalclusterV1Region | Unset = UNSET
    self_hosted_with_ec_2_nodes: (
        ExternalclusterV1SelfHostedWithEC2NodesParams | Unset
    ) = UNSET
    ssh_public_key: None | str | Unset = UNSET
    status: str | Unset = UNSET
    subnets: list[ExternalclusterV1Subnet] | Unset = UNSET
    tags: ExternalclusterV1ClusterTags | Unset = UNSET
    zones: list[ExternalclusterV1Zone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_snapshot_received_at: str | Unset = UNSET
        if not isinstance(self.agent_snapshot_received_at, Unset):
            agent_snapshot_received_at = self.agent_snapshot_received_at.isoformat()

        agent_status = self.agent_status

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

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        castware_install_method: str | Unset = UNSET
        if not isinstance(self.castware_install_method, Unset):
            castware_install_method = self.castware_install_method

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

        id = self.id

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

        name = self.name

        oke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oke, Unset):
            oke = self.oke.to_dict()

        openshift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openshift, Unset):
            openshift = self.openshift.to_dict()

        organization_id = self.organization_id

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

        status = self.status

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
        field_dict.update({})
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
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
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
        if id is not UNSET:
            field_dict["id"] = id
        if is_phase_2 is not UNSET:
            field_dict["isPhase2"] = is_phase_2
        if kops is not UNSET:
            field_dict["kops"] = kops
        if kubernetes_version is not UNSET:
            field_dict["kubernetesVersion"] = kubernetes_version
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by
        if name is not UNSET:
            field_dict["name"] = name
        if oke is not UNSET:
            field_dict["oke"] = oke
        if openshift is not UNSET:
            field_dict["openshift"] = openshift
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
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
        if status is not UNSET:
            field_dict["status"] = status
        if subnets is not UNSET:
            field_dict["subnets"] = subnets
        if tags is not UNSET:
            field_dict["tags"] = tags
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_anywhere_cluster_params import (
            ExternalclusterV1AnywhereClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_cluster_attributes import (
            ExternalclusterV1ClusterAttributes,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_cluster_reconcile_info import (
            ExternalclusterV1ClusterReconcileInfo,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_cluster_tags import (
            ExternalclusterV1ClusterTags,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_openshift_cluster_params import (
            ExternalclusterV1OpenshiftClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_region import ExternalclusterV1Region  # noqa: PLC0415
        from ..models.externalcluster_v1_self_hosted_with_ec2_nodes_params import (
            ExternalclusterV1SelfHostedWithEC2NodesParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_subnet import ExternalclusterV1Subnet  # noqa: PLC0415
        from ..models.externalcluster_v1_zone import ExternalclusterV1Zone  # noqa: PLC0415
        from ..models.externalcluster_v1aks_cluster_params import (
            ExternalclusterV1AKSClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1eks_cluster_params import (
            ExternalclusterV1EKSClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1gke_cluster_params import (
            ExternalclusterV1GKEClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1kops_cluster_params import (
            ExternalclusterV1KOPSClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1oke_cluster_params import (
            ExternalclusterV1OKEClusterParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _agent_snapshot_received_at = d.pop("agentSnapshotReceivedAt", UNSET)
        agent_snapshot_received_at: datetime.datetime | Unset
        if isinstance(_agent_snapshot_received_at, Unset):
            agent_snapshot_received_at = UNSET
        else:
            agent_snapshot_received_at = datetime.datetime.fromisoformat(
                _agent_snapshot_received_at
            )

        agent_status = d.pop("agentStatus", UNSET)

        _aks = d.pop("aks", UNSET)
        aks: ExternalclusterV1AKSClusterParams | Unset
        if isinstance(_aks, Unset):
            aks = UNSET
        else:
            aks = ExternalclusterV1AKSClusterParams.from_dict(_aks)

        _all_region_zones = d.pop("allRegionZones", UNSET)
        all_region_zones: list[ExternalclusterV1Zone] | Unset = UNSET
        if _all_region_zones is not UNSET:
            all_region_zones = []
            for all_region_zones_item_data in _all_region_zones:
                all_region_zones_item = ExternalclusterV1Zone.from_dict(
                    all_region_zones_item_data
                )

                all_region_zones.append(all_region_zones_item)

        _anywhere = d.pop("anywhere", UNSET)
        anywhere: ExternalclusterV1AnywhereClusterParams | Unset
        if isinstance(_anywhere, Unset):
            anywhere = UNSET
        else:
            anywhere = ExternalclusterV1AnywhereClusterParams.from_dict(_anywhere)

        _attributes = d.pop("attributes", UNSET)
        attributes: ExternalclusterV1ClusterAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ExternalclusterV1ClusterAttributes.from_dict(_attributes)

        _castware_install_method = d.pop("castwareInstallMethod", UNSET)
        castware_install_method: ExternalclusterV1ClusterCastwareInstallMethod | Unset
        if isinstance(_castware_install_method, Unset):
            castware_install_method = UNSET
        else:
            castware_install_method = (
                check_externalcluster_v1_cluster_castware_install_method(
                    _castware_install_method
                )
            )

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
        eks: ExternalclusterV1EKSClusterParams | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = ExternalclusterV1EKSClusterParams.from_dict(_eks)

        _first_operation_at = d.pop("firstOperationAt", UNSET)
        first_operation_at: datetime.datetime | Unset
        if isinstance(_first_operation_at, Unset):
            first_operation_at = UNSET
        else:
            first_operation_at = datetime.datetime.fromisoformat(_first_operation_at)

        _gke = d.pop("gke", UNSET)
        gke: ExternalclusterV1GKEClusterParams | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = ExternalclusterV1GKEClusterParams.from_dict(_gke)

        id = d.pop("id", UNSET)

        is_phase_2 = d.pop("isPhase2", UNSET)

        _kops = d.pop("kops", UNSET)
        kops: ExternalclusterV1KOPSClusterParams | Unset
        if isinstance(_kops, Unset):
            kops = UNSET
        else:
            kops = ExternalclusterV1KOPSClusterParams.from_dict(_kops)

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

        name = d.pop("name", UNSET)

        _oke = d.pop("oke", UNSET)
        oke: ExternalclusterV1OKEClusterParams | Unset
        if isinstance(_oke, Unset):
            oke = UNSET
        else:
            oke = ExternalclusterV1OKEClusterParams.from_dict(_oke)

        _openshift = d.pop("openshift", UNSET)
        openshift: ExternalclusterV1OpenshiftClusterParams | Unset
        if isinstance(_openshift, Unset):
            openshift = UNSET
        else:
            openshift = ExternalclusterV1OpenshiftClusterParams.from_dict(_openshift)

        organization_id = d.pop("organizationId", UNSET)

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
        reconcile_info: ExternalclusterV1ClusterReconcileInfo | Unset
        if isinstance(_reconcile_info, Unset):
            reconcile_info = UNSET
        else:
            reconcile_info = ExternalclusterV1ClusterReconcileInfo.from_dict(
                _reconcile_info
            )

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
        region: ExternalclusterV1Region | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = ExternalclusterV1Region.from_dict(_region)

        _self_hosted_with_ec_2_nodes = d.pop("selfHostedWithEc2Nodes", UNSET)
        self_hosted_with_ec_2_nodes: (
            ExternalclusterV1SelfHostedWithEC2NodesParams | Unset
        )
        if isinstance(_self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = UNSET
        else:
            self_hosted_with_ec_2_nodes = (
                ExternalclusterV1SelfHostedWithEC2NodesParams.from_dict(
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

        status = d.pop("status", UNSET)

        _subnets = d.pop("subnets", UNSET)
        subnets: list[ExternalclusterV1Subnet] | Unset = UNSET
        if _subnets is not UNSET:
            subnets = []
            for subnets_item_data in _subnets:
                subnets_item = ExternalclusterV1Subnet.from_dict(subnets_item_data)

                subnets.append(subnets_item)

        _tags = d.pop("tags", UNSET)
        tags: ExternalclusterV1ClusterTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ExternalclusterV1ClusterTags.from_dict(_tags)

        _zones = d.pop("zones", UNSET)
        zones: list[ExternalclusterV1Zone] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = ExternalclusterV1Zone.from_dict(zones_item_data)

                zones.append(zones_item)

        externalcluster_v1_cluster = cls(
            agent_snapshot_received_at=agent_snapshot_received_at,
            agent_status=agent_status,
            aks=aks,
            all_region_zones=all_region_zones,
            anywhere=anywhere,
            attributes=attributes,
            castware_install_method=castware_install_method,
            cluster_name_id=cluster_name_id,
            created_at=created_at,
            credentials_id=credentials_id,
            deleted_at=deleted_at,
            eks=eks,
            first_operation_at=first_operation_at,
            gke=gke,
            id=id,
            is_phase_2=is_phase_2,
            kops=kops,
            kubernetes_version=kubernetes_version,
            managed_by=managed_by,
            name=name,
            oke=oke,
            openshift=openshift,
            organization_id=organization_id,
            provider_namespace_id=provider_namespace_id,
            provider_type=provider_type,
            reconcile_error=reconcile_error,
            reconcile_info=reconcile_info,
            reconciled_at=reconciled_at,
            region=region,
            self_hosted_with_ec_2_nodes=self_hosted_with_ec_2_nodes,
            ssh_public_key=ssh_public_key,
            status=status,
            subnets=subnets,
            tags=tags,
            zones=zones,
        )

        externalcluster_v1_cluster.additional_properties = d
        return externalcluster_v1_cluster

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
