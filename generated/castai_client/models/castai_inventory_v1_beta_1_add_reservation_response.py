from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_reservation_details import (
        CastaiInventoryV1Beta1ReservationDetails,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AddReservationResponse")


@_attrs_define
class CastaiInventoryV1Beta1AddReservationResponse:
    """
    Attributes:
        reservation (CastaiInventoryV1Beta1ReservationDetails | Unset):
    """

    reservation: CastaiInventoryV1Beta1ReservationDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = self.reservation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reservation is not UNSET:
            field_dict["reservation"] = reservation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_reservation_details import (
            CastaiInventoryV1Beta1ReservationDetails,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _reservation = d.pop("reservation", UNSET)
        reservation: CastaiInventoryV1Beta1ReservationDetails | Unset
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = CastaiInventoryV1Beta1ReservationDetails.from_dict(
                _reservation
            )

        castai_inventory_v1_beta_1_add_reservation_response = cls(
            reservation=reservation,
        )

        castai_inventory_v1_beta_1_add_reservation_response.additional_properties = d
        return castai_inventory_v1_beta_1_add_reservation_response

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
