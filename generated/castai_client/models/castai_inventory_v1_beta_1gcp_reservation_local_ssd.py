from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1gcp_reservation_local_ssd_interface import (
    CastaiInventoryV1Beta1GCPReservationLocalSsdInterface,
    check_castai_inventory_v1_beta_1gcp_reservation_local_ssd_interface,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1GCPReservationLocalSsd")


@_attrs_define
class CastaiInventoryV1Beta1GCPReservationLocalSsd:
    """
    Attributes:
        disk_size_gb (str | Unset):
        interface (CastaiInventoryV1Beta1GCPReservationLocalSsdInterface | Unset):
    """

    disk_size_gb: str | Unset = UNSET
    interface: CastaiInventoryV1Beta1GCPReservationLocalSsdInterface | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk_size_gb = self.disk_size_gb

        interface: str | Unset = UNSET
        if not isinstance(self.interface, Unset):
            interface = self.interface

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disk_size_gb is not UNSET:
            field_dict["diskSizeGb"] = disk_size_gb
        if interface is not UNSET:
            field_dict["interface"] = interface

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disk_size_gb = d.pop("diskSizeGb", UNSET)

        _interface = d.pop("interface", UNSET)
        interface: CastaiInventoryV1Beta1GCPReservationLocalSsdInterface | Unset
        if isinstance(_interface, Unset):
            interface = UNSET
        else:
            interface = (
                check_castai_inventory_v1_beta_1gcp_reservation_local_ssd_interface(
                    _interface
                )
            )

        castai_inventory_v1_beta_1gcp_reservation_local_ssd = cls(
            disk_size_gb=disk_size_gb,
            interface=interface,
        )

        castai_inventory_v1_beta_1gcp_reservation_local_ssd.additional_properties = d
        return castai_inventory_v1_beta_1gcp_reservation_local_ssd

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
