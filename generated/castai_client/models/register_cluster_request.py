from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castware_install_method import CastwareInstallMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aks_cluster_params import AKSClusterParams
    from ..models.anywhere_cluster_params import AnywhereClusterParams
    from ..models.eks_cluster_params import EKSClusterParams
    from ..models.gke_cluster_params import GKEClusterParams
    from ..models.kops_cluster_params import KOPSClusterParams
    from ..models.oke_cluster_params import OKEClusterParams
    from ..models.openshift_cluster_params import OpenshiftClusterParams
    from ..models.self_hosted_with_ec2_nodes_params import SelfHostedWithEC2NodesParams


T = TypeVar("T", bound="RegisterClusterRequest")


@_attrs_define
class RegisterClusterRequest:
    """A cluster to register. Set exactly one provider block.

    Example:
        {'eks': {'accountId': '123456789012', 'clusterName': 'prod-eks', 'region': 'us-east-1'}, 'name': 'prod-eks'}

    Attributes:
        name (str):  Example: prod-eks.
        aks (AKSClusterParams | Unset): Where an AKS cluster runs.
        anywhere (AnywhereClusterParams | Unset): A cluster running on infrastructure CAST AI does not provision.
        castware_install_method (CastwareInstallMethod | Unset): How the CAST AI components were installed into the
            cluster. Example: OPERATOR.
        eks (EKSClusterParams | Unset): Where an EKS cluster runs.
        gke (GKEClusterParams | Unset): Where a GKE cluster runs.
        id (UUID | Unset): Optional client-chosen cluster ID.
        kops (KOPSClusterParams | Unset): Where a kOps cluster runs.
        oke (OKEClusterParams | Unset): Where an Oracle OKE cluster runs.
        openshift (OpenshiftClusterParams | Unset): Where an OpenShift cluster runs.
        organization_id (UUID | Unset):
        self_hosted_with_ec_2_nodes (SelfHostedWithEC2NodesParams | Unset): A self-managed cluster whose nodes run on
            EC2.
    """

    name: str
    aks: AKSClusterParams | Unset = UNSET
    anywhere: AnywhereClusterParams | Unset = UNSET
    castware_install_method: CastwareInstallMethod | Unset = UNSET
    eks: EKSClusterParams | Unset = UNSET
    gke: GKEClusterParams | Unset = UNSET
    id: UUID | Unset = UNSET
    kops: KOPSClusterParams | Unset = UNSET
    oke: OKEClusterParams | Unset = UNSET
    openshift: OpenshiftClusterParams | Unset = UNSET
    organization_id: UUID | Unset = UNSET
    self_hosted_with_ec_2_nodes: SelfHostedWithEC2NodesParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        aks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aks, Unset):
            aks = self.aks.to_dict()

        anywhere: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anywhere, Unset):
            anywhere = self.anywhere.to_dict()

        castware_install_method: str | Unset = UNSET
        if not isinstance(self.castware_install_method, Unset):
            castware_install_method = self.castware_install_method.value

        eks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eks, Unset):
            eks = self.eks.to_dict()

        gke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gke, Unset):
            gke = self.gke.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        kops: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kops, Unset):
            kops = self.kops.to_dict()

        oke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oke, Unset):
            oke = self.oke.to_dict()

        openshift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openshift, Unset):
            openshift = self.openshift.to_dict()

        organization_id: str | Unset = UNSET
        if not isinstance(self.organization_id, Unset):
            organization_id = str(self.organization_id)

        self_hosted_with_ec_2_nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = self.self_hosted_with_ec_2_nodes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if aks is not UNSET:
            field_dict["aks"] = aks
        if anywhere is not UNSET:
            field_dict["anywhere"] = anywhere
        if castware_install_method is not UNSET:
            field_dict["castwareInstallMethod"] = castware_install_method
        if eks is not UNSET:
            field_dict["eks"] = eks
        if gke is not UNSET:
            field_dict["gke"] = gke
        if id is not UNSET:
            field_dict["id"] = id
        if kops is not UNSET:
            field_dict["kops"] = kops
        if oke is not UNSET:
            field_dict["oke"] = oke
        if openshift is not UNSET:
            field_dict["openshift"] = openshift
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if self_hosted_with_ec_2_nodes is not UNSET:
            field_dict["selfHostedWithEc2Nodes"] = self_hosted_with_ec_2_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aks_cluster_params import AKSClusterParams  # noqa: PLC0415
        from ..models.anywhere_cluster_params import AnywhereClusterParams  # noqa: PLC0415
        from ..models.eks_cluster_params import EKSClusterParams  # noqa: PLC0415
        from ..models.gke_cluster_params import GKEClusterParams  # noqa: PLC0415
        from ..models.kops_cluster_params import KOPSClusterParams  # noqa: PLC0415
        from ..models.oke_cluster_params import OKEClusterParams  # noqa: PLC0415
        from ..models.openshift_cluster_params import OpenshiftClusterParams  # noqa: PLC0415
        from ..models.self_hosted_with_ec2_nodes_params import (
            SelfHostedWithEC2NodesParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        _aks = d.pop("aks", UNSET)
        aks: AKSClusterParams | Unset
        if isinstance(_aks, Unset):
            aks = UNSET
        else:
            aks = AKSClusterParams.from_dict(_aks)

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

        _eks = d.pop("eks", UNSET)
        eks: EKSClusterParams | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = EKSClusterParams.from_dict(_eks)

        _gke = d.pop("gke", UNSET)
        gke: GKEClusterParams | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = GKEClusterParams.from_dict(_gke)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _kops = d.pop("kops", UNSET)
        kops: KOPSClusterParams | Unset
        if isinstance(_kops, Unset):
            kops = UNSET
        else:
            kops = KOPSClusterParams.from_dict(_kops)

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

        _organization_id = d.pop("organizationId", UNSET)
        organization_id: UUID | Unset
        if isinstance(_organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)

        _self_hosted_with_ec_2_nodes = d.pop("selfHostedWithEc2Nodes", UNSET)
        self_hosted_with_ec_2_nodes: SelfHostedWithEC2NodesParams | Unset
        if isinstance(_self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = UNSET
        else:
            self_hosted_with_ec_2_nodes = SelfHostedWithEC2NodesParams.from_dict(
                _self_hosted_with_ec_2_nodes
            )

        register_cluster_request = cls(
            name=name,
            aks=aks,
            anywhere=anywhere,
            castware_install_method=castware_install_method,
            eks=eks,
            gke=gke,
            id=id,
            kops=kops,
            oke=oke,
            openshift=openshift,
            organization_id=organization_id,
            self_hosted_with_ec_2_nodes=self_hosted_with_ec_2_nodes,
        )

        register_cluster_request.additional_properties = d
        return register_cluster_request

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
