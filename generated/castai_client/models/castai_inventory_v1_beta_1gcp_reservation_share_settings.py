from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1gcp_reservation_share_type import (
    CastaiInventoryV1Beta1GCPReservationShareType,
    check_castai_inventory_v1_beta_1gcp_reservation_share_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1GCPReservationShareSettings")


@_attrs_define
class CastaiInventoryV1Beta1GCPReservationShareSettings:
    """
    Attributes:
        project_ids (list[str] | Unset):
        share_type (CastaiInventoryV1Beta1GCPReservationShareType | Unset):
    """

    project_ids: list[str] | Unset = UNSET
    share_type: CastaiInventoryV1Beta1GCPReservationShareType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_ids: list[str] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids

        share_type: str | Unset = UNSET
        if not isinstance(self.share_type, Unset):
            share_type = self.share_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_ids is not UNSET:
            field_dict["projectIds"] = project_ids
        if share_type is not UNSET:
            field_dict["shareType"] = share_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_ids = cast(list[str], d.pop("projectIds", UNSET))

        _share_type = d.pop("shareType", UNSET)
        share_type: CastaiInventoryV1Beta1GCPReservationShareType | Unset
        if isinstance(_share_type, Unset):
            share_type = UNSET
        else:
            share_type = check_castai_inventory_v1_beta_1gcp_reservation_share_type(
                _share_type
            )

        castai_inventory_v1_beta_1gcp_reservation_share_settings = cls(
            project_ids=project_ids,
            share_type=share_type,
        )

        castai_inventory_v1_beta_1gcp_reservation_share_settings.additional_properties = d
        return castai_inventory_v1_beta_1gcp_reservation_share_settings

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
