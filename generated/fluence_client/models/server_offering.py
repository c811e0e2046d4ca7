from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.additional_supply import AdditionalSupply


T = TypeVar("T", bound="ServerOffering")


@_attrs_define
class ServerOffering:
    """
    Attributes:
        additional_resources (list[AdditionalSupply]):
        available_basic_instances (int):  Example: 5.
    """

    additional_resources: list[AdditionalSupply]
    available_basic_instances: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_resources = []
        for additional_resources_item_data in self.additional_resources:
            additional_resources_item = additional_resources_item_data.to_dict()
            additional_resources.append(additional_resources_item)

        available_basic_instances = self.available_basic_instances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalResources": additional_resources,
                "availableBasicInstances": available_basic_instances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_supply import AdditionalSupply  # noqa: PLC0415

        d = dict(src_dict)
        additional_resources = []
        _additional_resources = d.pop("additionalResources")
        for additional_resources_item_data in _additional_resources:
            additional_resources_item = AdditionalSupply.from_dict(
                additional_resources_item_data
            )

            additional_resources.append(additional_resources_item)

        available_basic_instances = d.pop("availableBasicInstances")

        server_offering = cls(
            additional_resources=additional_resources,
            available_basic_instances=available_basic_instances,
        )

        server_offering.additional_properties = d
        return server_offering

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
