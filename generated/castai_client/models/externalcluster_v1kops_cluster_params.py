from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1KOPSClusterParams")


@_attrs_define
class ExternalclusterV1KOPSClusterParams:
    """
    Attributes:
        cloud (str | Unset):
        cluster_name (str | Unset):
        region (str | Unset):
        state_store (str | Unset):
    """

    cloud: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    region: str | Unset = UNSET
    state_store: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud = self.cloud

        cluster_name = self.cluster_name

        region = self.region

        state_store = self.state_store

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if region is not UNSET:
            field_dict["region"] = region
        if state_store is not UNSET:
            field_dict["stateStore"] = state_store

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud = d.pop("cloud", UNSET)

        cluster_name = d.pop("clusterName", UNSET)

        region = d.pop("region", UNSET)

        state_store = d.pop("stateStore", UNSET)

        externalcluster_v1kops_cluster_params = cls(
            cloud=cloud,
            cluster_name=cluster_name,
            region=region,
            state_store=state_store,
        )

        externalcluster_v1kops_cluster_params.additional_properties = d
        return externalcluster_v1kops_cluster_params

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
