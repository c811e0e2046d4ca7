from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnywhereClusterParams")


@_attrs_define
class AnywhereClusterParams:
    """A cluster running on infrastructure CAST AI does not provision.

    Attributes:
        cluster_name (str | Unset):  Example: on-prem-1.
        kube_system_namespace_id (UUID | Unset):
    """

    cluster_name: str | Unset = UNSET
    kube_system_namespace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_name = self.cluster_name

        kube_system_namespace_id: str | Unset = UNSET
        if not isinstance(self.kube_system_namespace_id, Unset):
            kube_system_namespace_id = str(self.kube_system_namespace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if kube_system_namespace_id is not UNSET:
            field_dict["kubeSystemNamespaceId"] = kube_system_namespace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_name = d.pop("clusterName", UNSET)

        _kube_system_namespace_id = d.pop("kubeSystemNamespaceId", UNSET)
        kube_system_namespace_id: UUID | Unset
        if isinstance(_kube_system_namespace_id, Unset):
            kube_system_namespace_id = UNSET
        else:
            kube_system_namespace_id = UUID(_kube_system_namespace_id)

        anywhere_cluster_params = cls(
            cluster_name=cluster_name,
            kube_system_namespace_id=kube_system_namespace_id,
        )

        anywhere_cluster_params.additional_properties = d
        return anywhere_cluster_params

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
