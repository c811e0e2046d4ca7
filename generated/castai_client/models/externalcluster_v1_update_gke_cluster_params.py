from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1UpdateGKEClusterParams")


@_attrs_define
class ExternalclusterV1UpdateGKEClusterParams:
    """
    Attributes:
        gke_sa_impersonate (str | Unset):
        project_id (str | Unset):
    """

    gke_sa_impersonate: str | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gke_sa_impersonate = self.gke_sa_impersonate

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gke_sa_impersonate is not UNSET:
            field_dict["gkeSaImpersonate"] = gke_sa_impersonate
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gke_sa_impersonate = d.pop("gkeSaImpersonate", UNSET)

        project_id = d.pop("projectId", UNSET)

        externalcluster_v1_update_gke_cluster_params = cls(
            gke_sa_impersonate=gke_sa_impersonate,
            project_id=project_id,
        )

        externalcluster_v1_update_gke_cluster_params.additional_properties = d
        return externalcluster_v1_update_gke_cluster_params

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
