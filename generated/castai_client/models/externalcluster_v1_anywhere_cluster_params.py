from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1AnywhereClusterParams")


@_attrs_define
class ExternalclusterV1AnywhereClusterParams:
    """
    Attributes:
        kube_system_namespace_id (str):
        cluster_name (str | Unset):
    """

    kube_system_namespace_id: str
    cluster_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kube_system_namespace_id = self.kube_system_namespace_id

        cluster_name = self.cluster_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kubeSystemNamespaceId": kube_system_namespace_id,
            }
        )
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kube_system_namespace_id = d.pop("kubeSystemNamespaceId")

        cluster_name = d.pop("clusterName", UNSET)

        externalcluster_v1_anywhere_cluster_params = cls(
            kube_system_namespace_id=kube_system_namespace_id,
            cluster_name=cluster_name,
        )

        externalcluster_v1_anywhere_cluster_params.additional_properties = d
        return externalcluster_v1_anywhere_cluster_params

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
