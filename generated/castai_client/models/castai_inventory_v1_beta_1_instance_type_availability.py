from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_instance_type_availability_type import (
    CastaiInventoryV1Beta1InstanceTypeAvailabilityType,
    check_castai_inventory_v1_beta_1_instance_type_availability_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceTypeAvailability")


@_attrs_define
class CastaiInventoryV1Beta1InstanceTypeAvailability:
    """
    Attributes:
        type_ (CastaiInventoryV1Beta1InstanceTypeAvailabilityType | Unset):
    """

    type_: CastaiInventoryV1Beta1InstanceTypeAvailabilityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: CastaiInventoryV1Beta1InstanceTypeAvailabilityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_castai_inventory_v1_beta_1_instance_type_availability_type(
                _type_
            )

        castai_inventory_v1_beta_1_instance_type_availability = cls(
            type_=type_,
        )

        castai_inventory_v1_beta_1_instance_type_availability.additional_properties = d
        return castai_inventory_v1_beta_1_instance_type_availability

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
