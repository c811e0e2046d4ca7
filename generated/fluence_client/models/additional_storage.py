from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_type import StorageType
from ..models.supply_units import SupplyUnits

T = TypeVar("T", bound="AdditionalStorage")


@_attrs_define
class AdditionalStorage:
    """
    Attributes:
        supply (int): Extra storage wanted, in `units`. Example: 20.
        type_ (StorageType):  Example: NVMe.
        units (SupplyUnits):  Example: GiB.
    """

    supply: int
    type_: StorageType
    units: SupplyUnits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supply = self.supply

        type_ = self.type_.value

        units = self.units.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supply": supply,
                "type": type_,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supply = d.pop("supply")

        type_ = StorageType(d.pop("type"))

        units = SupplyUnits(d.pop("units"))

        additional_storage = cls(
            supply=supply,
            type_=type_,
            units=units,
        )

        additional_storage.additional_properties = d
        return additional_storage

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
