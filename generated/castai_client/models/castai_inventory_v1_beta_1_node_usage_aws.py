from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_node_usage_aws_capacity_reservation_type import (
    CastaiInventoryV1Beta1NodeUsageAWSCapacityReservationType,
    check_castai_inventory_v1_beta_1_node_usage_aws_capacity_reservation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1NodeUsageAWS")


@_attrs_define
class CastaiInventoryV1Beta1NodeUsageAWS:
    """
    Attributes:
        capacity_reservation_id (str | Unset):
        capacity_reservation_type (CastaiInventoryV1Beta1NodeUsageAWSCapacityReservationType | Unset):
    """

    capacity_reservation_id: str | Unset = UNSET
    capacity_reservation_type: (
        CastaiInventoryV1Beta1NodeUsageAWSCapacityReservationType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_reservation_id = self.capacity_reservation_id

        capacity_reservation_type: str | Unset = UNSET
        if not isinstance(self.capacity_reservation_type, Unset):
            capacity_reservation_type = self.capacity_reservation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_reservation_id is not UNSET:
            field_dict["capacityReservationId"] = capacity_reservation_id
        if capacity_reservation_type is not UNSET:
            field_dict["capacityReservationType"] = capacity_reservation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity_reservation_id = d.pop("capacityReservationId", UNSET)

        _capacity_reservation_type = d.pop("capacityReservationType", UNSET)
        capacity_reservation_type: (
            CastaiInventoryV1Beta1NodeUsageAWSCapacityReservationType | Unset
        )
        if isinstance(_capacity_reservation_type, Unset):
            capacity_reservation_type = UNSET
        else:
            capacity_reservation_type = check_castai_inventory_v1_beta_1_node_usage_aws_capacity_reservation_type(
                _capacity_reservation_type
            )

        castai_inventory_v1_beta_1_node_usage_aws = cls(
            capacity_reservation_id=capacity_reservation_id,
            capacity_reservation_type=capacity_reservation_type,
        )

        castai_inventory_v1_beta_1_node_usage_aws.additional_properties = d
        return castai_inventory_v1_beta_1_node_usage_aws

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
