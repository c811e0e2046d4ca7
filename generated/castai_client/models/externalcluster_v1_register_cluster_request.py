from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.externalcluster_v1_openshift_cluster_params import (
        ExternalclusterV1OpenshiftClusterParams,
    )
    from ..models.externalcluster_v1_self_hosted_with_ec2_nodes_params import (
        ExternalclusterV1SelfHostedWithEC2NodesParams,
    )
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


T = TypeVar("T", bound="ExternalclusterV1RegisterClusterRequest")


@_attrs_define
class ExternalclusterV1RegisterClusterRequest:
    """
    Attributes:
        name (str):
        aks (ExternalclusterV1AKSClusterParams | Unset):
        anywhere (ExternalclusterV1AnywhereClusterParams | Unset):
        castware_install_method (ExternalclusterV1ClusterCastwareInstallMethod | Unset):
        eks (ExternalclusterV1EKSClusterParams | Unset):
        gke (ExternalclusterV1GKEClusterParams | Unset):
        id (str | Unset):
        kops (ExternalclusterV1KOPSClusterParams | Unset):
        oke (ExternalclusterV1OKEClusterParams | Unset):
        openshift (ExternalclusterV1OpenshiftClusterParams | Unset):
        organization_id (str | Unset):
        self_hosted_with_ec_2_nodes (ExternalclusterV1SelfHostedWithEC2NodesParams | Unset):
    """

    name: str
    aks: ExternalclusterV1AKSClusterParams | Unset = UNSET
    anywhere: ExternalclusterV1AnywhereClusterParams | Unset = UNSET
    castware_install_method: ExternalclusterV1ClusterCastwareInstallMethod | Unset = (
        UNSET
    )
    eks: ExternalclusterV1EKSClusterParams | Unset = UNSET
    gke: ExternalclusterV1GKEClusterParams | Unset = UNSET
    id: str | Unset = UNSET
    kops: ExternalclusterV1KOPSClusterParams | Unset = UNSET
    oke: ExternalclusterV1OKEClusterParams | Unset = UNSET
    openshift: ExternalclusterV1OpenshiftClusterParams | Unset = UNSET
    organization_id: str | Unset = UNSET
    self_hosted_with_ec_2_nodes: (
        ExternalclusterV1SelfHostedWithEC2NodesParams | Unset
    ) = UNSET
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
            castware_install_method = self.castware_install_method

        eks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eks, Unset):
            eks = self.eks.to_dict()

        gke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gke, Unset):
            gke = self.gke.to_dict()

        id = self.id

        kops: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kops, Unset):
            kops = self.kops.to_dict()

        oke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oke, Unset):
            oke = self.oke.to_dict()

        openshift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openshift, Unset):
            openshift = self.openshift.to_dict()

        organization_id = self.organization_id

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
        from ..models.externalcluster_v1_anywhere_cluster_params import (
            ExternalclusterV1AnywhereClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_openshift_cluster_params import (
            ExternalclusterV1OpenshiftClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_self_hosted_with_ec2_nodes_params import (
            ExternalclusterV1SelfHostedWithEC2NodesParams,  # noqa: PLC0415
        )
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
        name = d.pop("name")

        _aks = d.pop("aks", UNSET)
        aks: ExternalclusterV1AKSClusterParams | Unset
        if isinstance(_aks, Unset):
            aks = UNSET
        else:
            aks = ExternalclusterV1AKSClusterParams.from_dict(_aks)

        _anywhere = d.pop("anywhere", UNSET)
        anywhere: ExternalclusterV1AnywhereClusterParams | Unset
        if isinstance(_anywhere, Unset):
            anywhere = UNSET
        else:
            anywhere = ExternalclusterV1AnywhereClusterParams.from_dict(_anywhere)

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

        _eks = d.pop("eks", UNSET)
        eks: ExternalclusterV1EKSClusterParams | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = ExternalclusterV1EKSClusterParams.from_dict(_eks)

        _gke = d.pop("gke", UNSET)
        gke: ExternalclusterV1GKEClusterParams | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = ExternalclusterV1GKEClusterParams.from_dict(_gke)

        id = d.pop("id", UNSET)

        _kops = d.pop("kops", UNSET)
        kops: ExternalclusterV1KOPSClusterParams | Unset
        if isinstance(_kops, Unset):
            kops = UNSET
        else:
            kops = ExternalclusterV1KOPSClusterParams.from_dict(_kops)

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

        externalcluster_v1_register_cluster_request = cls(
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

        externalcluster_v1_register_cluster_request.additional_properties = d
        return externalcluster_v1_register_cluster_request

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
