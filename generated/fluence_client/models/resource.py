from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType

if TYPE_CHECKING:
    from ..models.resource_metadata import ResourceMetadata


T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """
    Example:
        {'metadata': {'architecture': 'Zen', 'brand': 'EPYC', 'generation': '2', 'manufacturer': 'AMD'}, 'price':
            '0.005', 'type': 'VCPU'}

    Attributes:
        metadata (ResourceMetadata): Type-specific attributes of a resource (e.g. CPU manufacturer, storage type).
            Example: {'type': 'NVMe'}.
        price (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        type_ (ResourceType):  Example: VCPU.
    """

    metadata: ResourceMetadata
    price: str
    type_: ResourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        price = self.price

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "price": price,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_metadata import ResourceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ResourceMetadata.from_dict(d.pop("metadata"))

        price = d.pop("price")

        type_ = ResourceType(d.pop("type"))

        resource = cls(
            metadata=metadata,
            price=price,
            type_=type_,
        )

        resource.additional_properties = d
        return resource

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
