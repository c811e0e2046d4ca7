from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1AWSAvailabilityZoneMapping")


@_attrs_define
class CastaiInventoryV1Beta1AWSAvailabilityZoneMapping:
    """
    Attributes:
        zone_id (str | Unset):
        zone_name (str | Unset):
    """

    zone_id: str | Unset = UNSET
    zone_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zone_id = self.zone_id

        zone_name = self.zone_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zone_id is not UNSET:
            field_dict["ZoneId"] = zone_id
        if zone_name is not UNSET:
            field_dict["ZoneName"] = zone_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zone_id = d.pop("ZoneId", UNSET)

        zone_name = d.pop("ZoneName", UNSET)

        castai_inventory_v1_beta_1aws_availability_zone_mapping = cls(
            zone_id=zone_id,
            zone_name=zone_name,
        )

        castai_inventory_v1_beta_1aws_availability_zone_mapping.additional_properties = d
        return castai_inventory_v1_beta_1aws_availability_zone_mapping

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
