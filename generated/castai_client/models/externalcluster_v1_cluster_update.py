from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_update_aks_cluster_params import (
        ExternalclusterV1UpdateAKSClusterParams,
    )
    from ..models.externalcluster_v1_update_eks_cluster_params import (
        ExternalclusterV1UpdateEKSClusterParams,
    )
    from ..models.externalcluster_v1_update_gke_cluster_params import (
        ExternalclusterV1UpdateGKEClusterParams,
    )
    from ..models.externalcluster_v1_update_self_hosted_with_ec2_nodes_params import (
        ExternalclusterV1UpdateSelfHostedWithEC2NodesParams,
    )


T = TypeVar("T", bound="ExternalclusterV1ClusterUpdate")


@_attrs_define
class ExternalclusterV1ClusterUpdate:
    """
    Attributes:
        aks (ExternalclusterV1UpdateAKSClusterParams | Unset):
        credentials (str | Unset):
        eks (ExternalclusterV1UpdateEKSClusterParams | Unset):
        gke (ExternalclusterV1UpdateGKEClusterParams | Unset):
        self_hosted_with_ec_2_nodes (ExternalclusterV1UpdateSelfHostedWithEC2NodesParams | Unset):
    """

    aks: ExternalclusterV1UpdateAKSClusterParams | Unset = UNSET
    credentials: str | Unset = UNSET
    eks: ExternalclusterV1UpdateEKSClusterParams | Unset = UNSET
    gke: ExternalclusterV1UpdateGKEClusterParams | Unset = UNSET
    self_hosted_with_ec_2_nodes: (
        ExternalclusterV1UpdateSelfHostedWithEC2NodesParams | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aks, Unset):
            aks = self.aks.to_dict()

        credentials = self.credentials

        eks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eks, Unset):
            eks = self.eks.to_dict()

        gke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gke, Unset):
            gke = self.gke.to_dict()

        self_hosted_with_ec_2_nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = self.self_hosted_with_ec_2_nodes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aks is not UNSET:
            field_dict["aks"] = aks
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if eks is not UNSET:
            field_dict["eks"] = eks
        if gke is not UNSET:
            field_dict["gke"] = gke
        if self_hosted_with_ec_2_nodes is not UNSET:
            field_dict["selfHostedWithEc2Nodes"] = self_hosted_with_ec_2_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_update_aks_cluster_params import (
            ExternalclusterV1UpdateAKSClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_update_eks_cluster_params import (
            ExternalclusterV1UpdateEKSClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_update_gke_cluster_params import (
            ExternalclusterV1UpdateGKEClusterParams,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_update_self_hosted_with_ec2_nodes_params import (
            ExternalclusterV1UpdateSelfHostedWithEC2NodesParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _aks = d.pop("aks", UNSET)
        aks: ExternalclusterV1UpdateAKSClusterParams | Unset
        if isinstance(_aks, Unset):
            aks = UNSET
        else:
            aks = ExternalclusterV1UpdateAKSClusterParams.from_dict(_aks)

        credentials = d.pop("credentials", UNSET)

        _eks = d.pop("eks", UNSET)
        eks: ExternalclusterV1UpdateEKSClusterParams | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = ExternalclusterV1UpdateEKSClusterParams.from_dict(_eks)

        _gke = d.pop("gke", UNSET)
        gke: ExternalclusterV1UpdateGKEClusterParams | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = ExternalclusterV1UpdateGKEClusterParams.from_dict(_gke)

        _self_hosted_with_ec_2_nodes = d.pop("selfHostedWithEc2Nodes", UNSET)
        self_hosted_with_ec_2_nodes: (
            ExternalclusterV1UpdateSelfHostedWithEC2NodesParams | Unset
        )
        if isinstance(_self_hosted_with_ec_2_nodes, Unset):
            self_hosted_with_ec_2_nodes = UNSET
        else:
            self_hosted_with_ec_2_nodes = (
                ExternalclusterV1UpdateSelfHostedWithEC2NodesParams.from_dict(
                    _self_hosted_with_ec_2_nodes
                )
            )

        externalcluster_v1_cluster_update = cls(
            aks=aks,
            credentials=credentials,
            eks=eks,
            gke=gke,
            self_hosted_with_ec_2_nodes=self_hosted_with_ec_2_nodes,
        )

        externalcluster_v1_cluster_update.additional_properties = d
        return externalcluster_v1_cluster_update

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
