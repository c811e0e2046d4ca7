from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodetemplates_v1_available_instance_type import (
        NodetemplatesV1AvailableInstanceType,
    )


T = TypeVar("T", bound="NodetemplatesV1FilterInstanceTypesResponse")


@_attrs_define
class NodetemplatesV1FilterInstanceTypesResponse:
    """
    Attributes:
        available_instance_types (list[NodetemplatesV1AvailableInstanceType] | Unset):
    """

    available_instance_types: list[NodetemplatesV1AvailableInstanceType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_instance_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_instance_types, Unset):
            available_instance_types = []
            for available_instance_types_item_data in self.available_instance_types:
                available_instance_types_item = (
                    available_instance_types_item_data.to_dict()
                )
                available_instance_types.append(available_instance_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_instance_types is not UNSET:
            field_dict["availableInstanceTypes"] = available_instance_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1_available_instance_type import (
            NodetemplatesV1AvailableInstanceType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _available_instance_types = d.pop("availableInstanceTypes", UNSET)
        available_instance_types: list[NodetemplatesV1AvailableInstanceType] | Unset = (
            UNSET
        )
        if _available_instance_types is not UNSET:
            available_instance_types = []
            for available_instance_types_item_data in _available_instance_types:
                available_instance_types_item = (
                    NodetemplatesV1AvailableInstanceType.from_dict(
                        available_instance_types_item_data
                    )
                )

                available_instance_types.append(available_instance_types_item)

        nodetemplates_v1_filter_instance_types_response = cls(
            available_instance_types=available_instance_types,
        )

        nodetemplates_v1_filter_instance_types_response.additional_properties = d
        return nodetemplates_v1_filter_instance_types_response

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
