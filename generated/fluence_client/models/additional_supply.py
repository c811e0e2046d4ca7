from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..models.supply_units import SupplyUnits
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_metadata import ResourceMetadata


T = TypeVar("T", bound="AdditionalSupply")


@_attrs_define
class AdditionalSupply:
    """
    Example:
        {'metadata': {'type': 'NVMe'}, 'perVmLimit': 200, 'price': '0.00001', 'supply': 100, 'type': 'STORAGE', 'units':
            'GiB'}

    Attributes:
        metadata (ResourceMetadata): Type-specific attributes of a resource (e.g. CPU manufacturer, storage type).
            Example: {'type': 'NVMe'}.
        price (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        supply (int): Amount available, in `units`. Example: 100.
        type_ (ResourceType):  Example: VCPU.
        units (SupplyUnits):  Example: GiB.
        per_vm_limit (int | None | Unset): Most of this resource a single VM may take; null when unlimited. Example:
            200.
    """

    metadata: ResourceMetadata
    price: str
    supply: int
    type_: ResourceType
    units: SupplyUnits
    per_vm_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        price = self.price

        supply = self.supply

        type_ = self.type_.value

        units = self.units.value

        per_vm_limit: int | None | Unset
        if isinstance(self.per_vm_limit, Unset):
            per_vm_limit = UNSET
        else:
            per_vm_limit = self.per_vm_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "price": price,
                "supply": supply,
                "type": type_,
                "units": units,
            }
        )
        if per_vm_limit is not UNSET:
            field_dict["perVmLimit"] = per_vm_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_metadata import ResourceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ResourceMetadata.from_dict(d.pop("metadata"))

        price = d.pop("price")

        supply = d.pop("supply")

        type_ = ResourceType(d.pop("type"))

        units = SupplyUnits(d.pop("units"))

        def _parse_per_vm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        per_vm_limit = _parse_per_vm_limit(d.pop("perVmLimit", UNSET))

        additional_supply = cls(
            metadata=metadata,
            price=price,
            supply=supply,
            type_=type_,
            units=units,
            per_vm_limit=per_vm_limit,
        )

        additional_supply.additional_properties = d
        return additional_supply

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
