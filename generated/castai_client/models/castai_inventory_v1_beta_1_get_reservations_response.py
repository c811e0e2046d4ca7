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


T = TypeVar("T", bound="CastaiInventoryV1Beta1GetReservationsResponse")


@_attrs_define
class CastaiInventoryV1Beta1GetReservationsResponse:
    """
    Attributes:
        reservations (list[CastaiInventoryV1Beta1ReservationDetails] | Unset):
    """

    reservations: list[CastaiInventoryV1Beta1ReservationDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reservations, Unset):
            reservations = []
            for reservations_item_data in self.reservations:
                reservations_item = reservations_item_data.to_dict()
                reservations.append(reservations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reservations is not UNSET:
            field_dict["reservations"] = reservations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_reservation_details import (
            CastaiInventoryV1Beta1ReservationDetails,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _reservations = d.pop("reservations", UNSET)
        reservations: list[CastaiInventoryV1Beta1ReservationDetails] | Unset = UNSET
        if _reservations is not UNSET:
            reservations = []
            for reservations_item_data in _reservations:
                reservations_item = CastaiInventoryV1Beta1ReservationDetails.from_dict(
                    reservations_item_data
                )

                reservations.append(reservations_item)

        castai_inventory_v1_beta_1_get_reservations_response = cls(
            reservations=reservations,
        )

        castai_inventory_v1_beta_1_get_reservations_response.additional_properties = d
        return castai_inventory_v1_beta_1_get_reservations_response

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
