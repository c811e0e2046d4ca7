from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1GCPReservationAccelerator")


@_attrs_define
class CastaiInventoryV1Beta1GCPReservationAccelerator:
    """
    Attributes:
        accelerator_count (str | Unset):
        accelerator_type (str | Unset):
    """

    accelerator_count: str | Unset = UNSET
    accelerator_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerator_count = self.accelerator_count

        accelerator_type = self.accelerator_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accelerator_count is not UNSET:
            field_dict["acceleratorCount"] = accelerator_count
        if accelerator_type is not UNSET:
            field_dict["acceleratorType"] = accelerator_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accelerator_count = d.pop("acceleratorCount", UNSET)

        accelerator_type = d.pop("acceleratorType", UNSET)

        castai_inventory_v1_beta_1gcp_reservation_accelerator = cls(
            accelerator_count=accelerator_count,
            accelerator_type=accelerator_type,
        )

        castai_inventory_v1_beta_1gcp_reservation_accelerator.additional_properties = d
        return castai_inventory_v1_beta_1gcp_reservation_accelerator

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
