from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1GKEClusterParams")


@_attrs_define
class ExternalclusterV1GKEClusterParams:
    """
    Attributes:
        cast_service_account (str | Unset):
        client_service_account (str | Unset):
        cluster_name (str | Unset):
        location (str | Unset):
        max_pods_per_node (int | Unset):
        project_id (str | Unset):
        region (str | Unset):
    """

    cast_service_account: str | Unset = UNSET
    client_service_account: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    location: str | Unset = UNSET
    max_pods_per_node: int | Unset = UNSET
    project_id: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cast_service_account = self.cast_service_account

        client_service_account = self.client_service_account

        cluster_name = self.cluster_name

        location = self.location

        max_pods_per_node = self.max_pods_per_node

        project_id = self.project_id

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cast_service_account is not UNSET:
            field_dict["castServiceAccount"] = cast_service_account
        if client_service_account is not UNSET:
            field_dict["clientServiceAccount"] = client_service_account
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if location is not UNSET:
            field_dict["location"] = location
        if max_pods_per_node is not UNSET:
            field_dict["maxPodsPerNode"] = max_pods_per_node
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cast_service_account = d.pop("castServiceAccount", UNSET)

        client_service_account = d.pop("clientServiceAccount", UNSET)

        cluster_name = d.pop("clusterName", UNSET)

        location = d.pop("location", UNSET)

        max_pods_per_node = d.pop("maxPodsPerNode", UNSET)

        project_id = d.pop("projectId", UNSET)

        region = d.pop("region", UNSET)

        externalcluster_v1gke_cluster_params = cls(
            cast_service_account=cast_service_account,
            client_service_account=client_service_account,
            cluster_name=cluster_name,
            location=location,
            max_pods_per_node=max_pods_per_node,
            project_id=project_id,
            region=region,
        )

        externalcluster_v1gke_cluster_params.additional_properties = d
        return externalcluster_v1gke_cluster_params

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
