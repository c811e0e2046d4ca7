from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OKEClusterParams")


@_attrs_define
class OKEClusterParams:
    """Where an Oracle OKE cluster runs.

    Attributes:
        cluster_id (str | Unset):
        compartment_id (str | Unset):
        region (str | Unset):  Example: eu-frankfurt-1.
        tenancy_id (str | Unset):
    """

    cluster_id: str | Unset = UNSET
    compartment_id: str | Unset = UNSET
    region: str | Unset = UNSET
    tenancy_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        compartment_id = self.compartment_id

        region = self.region

        tenancy_id = self.tenancy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if compartment_id is not UNSET:
            field_dict["compartmentId"] = compartment_id
        if region is not UNSET:
            field_dict["region"] = region
        if tenancy_id is not UNSET:
            field_dict["tenancyId"] = tenancy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("clusterId", UNSET)

        compartment_id = d.pop("compartmentId", UNSET)

        region = d.pop("region", UNSET)

        tenancy_id = d.pop("tenancyId", UNSET)

        oke_cluster_params = cls(
            cluster_id=cluster_id,
            compartment_id=compartment_id,
            region=region,
            tenancy_id=tenancy_id,
        )

        oke_cluster_params.additional_properties = d
        return oke_cluster_params

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
