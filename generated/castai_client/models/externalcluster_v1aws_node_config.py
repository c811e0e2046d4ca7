from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1aws_node_config_capacity_reservation import (
        ExternalclusterV1AWSNodeConfigCapacityReservation,
    )


T = TypeVar("T", bound="ExternalclusterV1AWSNodeConfig")


@_attrs_define
class ExternalclusterV1AWSNodeConfig:
    """
    Attributes:
        capacity_reservation (ExternalclusterV1AWSNodeConfigCapacityReservation | Unset):
    """

    capacity_reservation: ExternalclusterV1AWSNodeConfigCapacityReservation | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capacity_reservation, Unset):
            capacity_reservation = self.capacity_reservation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_reservation is not UNSET:
            field_dict["capacityReservation"] = capacity_reservation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1aws_node_config_capacity_reservation import (
            ExternalclusterV1AWSNodeConfigCapacityReservation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _capacity_reservation = d.pop("capacityReservation", UNSET)
        capacity_reservation: ExternalclusterV1AWSNodeConfigCapacityReservation | Unset
        if isinstance(_capacity_reservation, Unset):
            capacity_reservation = UNSET
        else:
            capacity_reservation = (
                ExternalclusterV1AWSNodeConfigCapacityReservation.from_dict(
                    _capacity_reservation
                )
            )

        externalcluster_v1aws_node_config = cls(
            capacity_reservation=capacity_reservation,
        )

        externalcluster_v1aws_node_config.additional_properties = d
        return externalcluster_v1aws_node_config

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
