from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1CPUInfo")


@_attrs_define
class CastaiInventoryV1Beta1CPUInfo:
    """
    Attributes:
        default_cores (int | Unset):
        sustained_clock_speed_mhz (int | None | Unset):
        valid_threads_per_core (list[int] | Unset):
    """

    default_cores: int | Unset = UNSET
    sustained_clock_speed_mhz: int | None | Unset = UNSET
    valid_threads_per_core: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_cores = self.default_cores

        sustained_clock_speed_mhz: int | None | Unset
        if isinstance(self.sustained_clock_speed_mhz, Unset):
            sustained_clock_speed_mhz = UNSET
        else:
            sustained_clock_speed_mhz = self.sustained_clock_speed_mhz

        valid_threads_per_core: list[int] | Unset = UNSET
        if not isinstance(self.valid_threads_per_core, Unset):
            valid_threads_per_core = self.valid_threads_per_core

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_cores is not UNSET:
            field_dict["defaultCores"] = default_cores
        if sustained_clock_speed_mhz is not UNSET:
            field_dict["sustainedClockSpeedMhz"] = sustained_clock_speed_mhz
        if valid_threads_per_core is not UNSET:
            field_dict["validThreadsPerCore"] = valid_threads_per_core

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_cores = d.pop("defaultCores", UNSET)

        def _parse_sustained_clock_speed_mhz(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sustained_clock_speed_mhz = _parse_sustained_clock_speed_mhz(
            d.pop("sustainedClockSpeedMhz", UNSET)
        )

        valid_threads_per_core = cast(list[int], d.pop("validThreadsPerCore", UNSET))

        castai_inventory_v1_beta_1cpu_info = cls(
            default_cores=default_cores,
            sustained_clock_speed_mhz=sustained_clock_speed_mhz,
            valid_threads_per_core=valid_threads_per_core,
        )

        castai_inventory_v1_beta_1cpu_info.additional_properties = d
        return castai_inventory_v1_beta_1cpu_info

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
