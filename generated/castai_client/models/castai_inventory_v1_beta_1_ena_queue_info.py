from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1EnaQueueInfo")


@_attrs_define
class CastaiInventoryV1Beta1EnaQueueInfo:
    """
    Attributes:
        default_queue_count_per_interface (int | Unset):
        maximum_queue_count (int | Unset):
        maximum_queue_count_per_interface (int | Unset):
    """

    default_queue_count_per_interface: int | Unset = UNSET
    maximum_queue_count: int | Unset = UNSET
    maximum_queue_count_per_interface: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_queue_count_per_interface = self.default_queue_count_per_interface

        maximum_queue_count = self.maximum_queue_count

        maximum_queue_count_per_interface = self.maximum_queue_count_per_interface

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_queue_count_per_interface is not UNSET:
            field_dict["defaultQueueCountPerInterface"] = (
                default_queue_count_per_interface
            )
        if maximum_queue_count is not UNSET:
            field_dict["maximumQueueCount"] = maximum_queue_count
        if maximum_queue_count_per_interface is not UNSET:
            field_dict["maximumQueueCountPerInterface"] = (
                maximum_queue_count_per_interface
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_queue_count_per_interface = d.pop(
            "defaultQueueCountPerInterface", UNSET
        )

        maximum_queue_count = d.pop("maximumQueueCount", UNSET)

        maximum_queue_count_per_interface = d.pop(
            "maximumQueueCountPerInterface", UNSET
        )

        castai_inventory_v1_beta_1_ena_queue_info = cls(
            default_queue_count_per_interface=default_queue_count_per_interface,
            maximum_queue_count=maximum_queue_count,
            maximum_queue_count_per_interface=maximum_queue_count_per_interface,
        )

        castai_inventory_v1_beta_1_ena_queue_info.additional_properties = d
        return castai_inventory_v1_beta_1_ena_queue_info

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
