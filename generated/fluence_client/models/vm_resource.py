from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..models.supply_units import SupplyUnits
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_details import ResourceDetails
    from ..models.resource_metadata import ResourceMetadata


T = TypeVar("T", bound="VmResource")


@_attrs_define
class VmResource:
    """A resource allocated to a VM. RAM and STORAGE carry `supply` and `units`; VCPU and PUBLIC_IP carry `quantity`.

    Example:
        {'details': {'manufacturer': 'WD', 'sequentialWriteSpeed': 15000}, 'metadata': {'type': 'SSD'}, 'supply': 25,
            'type': 'STORAGE', 'units': 'GiB'}

    Attributes:
        details (ResourceDetails): Free-form technical details supplied by the compute provider; may be empty. Example:
            {'manufacturer': 'WD', 'sequentialWriteSpeed': 15000}.
        metadata (ResourceMetadata): Type-specific attributes of a resource (e.g. CPU manufacturer, storage type).
            Example: {'type': 'NVMe'}.
        type_ (ResourceType):  Example: VCPU.
        quantity (int | Unset):  Example: 2.
        supply (int | Unset):  Example: 25.
        units (SupplyUnits | Unset):  Example: GiB.
    """

    details: ResourceDetails
    metadata: ResourceMetadata
    type_: ResourceType
    quantity: int | Unset = UNSET
    supply: int | Unset = UNSET
    units: SupplyUnits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        metadata = self.metadata.to_dict()

        type_ = self.type_.value

        quantity = self.quantity

        supply = self.supply

        units: str | Unset = UNSET
        if not isinstance(self.units, Unset):
            units = self.units.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "metadata": metadata,
                "type": type_,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if supply is not UNSET:
            field_dict["supply"] = supply
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_details import ResourceDetails  # noqa: PLC0415
        from ..models.resource_metadata import ResourceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        details = ResourceDetails.from_dict(d.pop("details"))

        metadata = ResourceMetadata.from_dict(d.pop("metadata"))

        type_ = ResourceType(d.pop("type"))

        quantity = d.pop("quantity", UNSET)

        supply = d.pop("supply", UNSET)

        _units = d.pop("units", UNSET)
        units: SupplyUnits | Unset
        if isinstance(_units, Unset):
            units = UNSET
        else:
            units = SupplyUnits(_units)

        vm_resource = cls(
            details=details,
            metadata=metadata,
            type_=type_,
            quantity=quantity,
            supply=supply,
            units=units,
        )

        vm_resource.additional_properties = d
        return vm_resource

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
