from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_aggregate import (
        CastaiInventoryV1Beta1InstanceTypeAggregate,
    )
    from ..models.castai_inventory_v1_beta_1_reservation_details import (
        CastaiInventoryV1Beta1ReservationDetails,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1ReservationBalanceV2")


@_attrs_define
class CastaiInventoryV1Beta1ReservationBalanceV2:
    """
    Attributes:
        instance_types (list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset):
        reservation (CastaiInventoryV1Beta1ReservationDetails | Unset):
        usage (float | Unset):
    """

    instance_types: list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset = UNSET
    reservation: CastaiInventoryV1Beta1ReservationDetails | Unset = UNSET
    usage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_types, Unset):
            instance_types = []
            for instance_types_item_data in self.instance_types:
                instance_types_item = instance_types_item_data.to_dict()
                instance_types.append(instance_types_item)

        reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = self.reservation.to_dict()

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_types is not UNSET:
            field_dict["instanceTypes"] = instance_types
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_aggregate import (
            CastaiInventoryV1Beta1InstanceTypeAggregate,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_reservation_details import (
            CastaiInventoryV1Beta1ReservationDetails,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _instance_types = d.pop("instanceTypes", UNSET)
        instance_types: list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset = (
            UNSET
        )
        if _instance_types is not UNSET:
            instance_types = []
            for instance_types_item_data in _instance_types:
                instance_types_item = (
                    CastaiInventoryV1Beta1InstanceTypeAggregate.from_dict(
                        instance_types_item_data
                    )
                )

                instance_types.append(instance_types_item)

        _reservation = d.pop("reservation", UNSET)
        reservation: CastaiInventoryV1Beta1ReservationDetails | Unset
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = CastaiInventoryV1Beta1ReservationDetails.from_dict(
                _reservation
            )

        usage = d.pop("usage", UNSET)

        castai_inventory_v1_beta_1_reservation_balance_v2 = cls(
            instance_types=instance_types,
            reservation=reservation,
            usage=usage,
        )

        castai_inventory_v1_beta_1_reservation_balance_v2.additional_properties = d
        return castai_inventory_v1_beta_1_reservation_balance_v2

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
