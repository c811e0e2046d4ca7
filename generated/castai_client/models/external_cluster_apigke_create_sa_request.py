from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_update_gke_cluster_params import (
        ExternalclusterV1UpdateGKEClusterParams,
    )


T = TypeVar("T", bound="ExternalClusterAPIGKECreateSARequest")


@_attrs_define
class ExternalClusterAPIGKECreateSARequest:
    """
    Attributes:
        gke (ExternalclusterV1UpdateGKEClusterParams | Unset):
    """

    gke: ExternalclusterV1UpdateGKEClusterParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gke: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gke, Unset):
            gke = self.gke.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gke is not UNSET:
            field_dict["gke"] = gke

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_update_gke_cluster_params import (
            ExternalclusterV1UpdateGKEClusterParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _gke = d.pop("gke", UNSET)
        gke: ExternalclusterV1UpdateGKEClusterParams | Unset
        if isinstance(_gke, Unset):
            gke = UNSET
        else:
            gke = ExternalclusterV1UpdateGKEClusterParams.from_dict(_gke)

        external_cluster_apigke_create_sa_request = cls(
            gke=gke,
        )

        external_cluster_apigke_create_sa_request.additional_properties = d
        return external_cluster_apigke_create_sa_request

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
