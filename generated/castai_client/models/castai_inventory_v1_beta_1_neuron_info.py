from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1NeuronInfo")


@_attrs_define
class CastaiInventoryV1Beta1NeuronInfo:
    """
    Attributes:
        device_count (int | Unset):
        total_cores (int | Unset):
    """

    device_count: int | Unset = UNSET
    total_cores: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_count = self.device_count

        total_cores = self.total_cores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_count is not UNSET:
            field_dict["deviceCount"] = device_count
        if total_cores is not UNSET:
            field_dict["totalCores"] = total_cores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_count = d.pop("deviceCount", UNSET)

        total_cores = d.pop("totalCores", UNSET)

        castai_inventory_v1_beta_1_neuron_info = cls(
            device_count=device_count,
            total_cores=total_cores,
        )

        castai_inventory_v1_beta_1_neuron_info.additional_properties = d
        return castai_inventory_v1_beta_1_neuron_info

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
