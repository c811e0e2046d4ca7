from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1CPUPlatform")


@_attrs_define
class CastaiInventoryV1Beta1CPUPlatform:
    """
    Attributes:
        all_core_turbo_frequency (float | Unset):
        base_frequency (float | Unset):
        generation (str | Unset):
        platform (str | Unset):
        processor_name (str | Unset):
        single_core_turbo_frequency (float | Unset):
    """

    all_core_turbo_frequency: float | Unset = UNSET
    base_frequency: float | Unset = UNSET
    generation: str | Unset = UNSET
    platform: str | Unset = UNSET
    processor_name: str | Unset = UNSET
    single_core_turbo_frequency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_core_turbo_frequency = self.all_core_turbo_frequency

        base_frequency = self.base_frequency

        generation = self.generation

        platform = self.platform

        processor_name = self.processor_name

        single_core_turbo_frequency = self.single_core_turbo_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_core_turbo_frequency is not UNSET:
            field_dict["allCoreTurboFrequency"] = all_core_turbo_frequency
        if base_frequency is not UNSET:
            field_dict["baseFrequency"] = base_frequency
        if generation is not UNSET:
            field_dict["generation"] = generation
        if platform is not UNSET:
            field_dict["platform"] = platform
        if processor_name is not UNSET:
            field_dict["processorName"] = processor_name
        if single_core_turbo_frequency is not UNSET:
            field_dict["singleCoreTurboFrequency"] = single_core_turbo_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_core_turbo_frequency = d.pop("allCoreTurboFrequency", UNSET)

        base_frequency = d.pop("baseFrequency", UNSET)

        generation = d.pop("generation", UNSET)

        platform = d.pop("platform", UNSET)

        processor_name = d.pop("processorName", UNSET)

        single_core_turbo_frequency = d.pop("singleCoreTurboFrequency", UNSET)

        castai_inventory_v1_beta_1cpu_platform = cls(
            all_core_turbo_frequency=all_core_turbo_frequency,
            base_frequency=base_frequency,
            generation=generation,
            platform=platform,
            processor_name=processor_name,
            single_core_turbo_frequency=single_core_turbo_frequency,
        )

        castai_inventory_v1_beta_1cpu_platform.additional_properties = d
        return castai_inventory_v1_beta_1cpu_platform

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
