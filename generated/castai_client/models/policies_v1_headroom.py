from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1Headroom")


@_attrs_define
class PoliciesV1Headroom:
    """
    Attributes:
        cpu_percentage (int | Unset):
        enabled (bool | None | Unset):
        memory_percentage (int | Unset):
    """

    cpu_percentage: int | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    memory_percentage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_percentage = self.cpu_percentage

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        memory_percentage = self.memory_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_percentage is not UNSET:
            field_dict["cpuPercentage"] = cpu_percentage
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if memory_percentage is not UNSET:
            field_dict["memoryPercentage"] = memory_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_percentage = d.pop("cpuPercentage", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        memory_percentage = d.pop("memoryPercentage", UNSET)

        policies_v1_headroom = cls(
            cpu_percentage=cpu_percentage,
            enabled=enabled,
            memory_percentage=memory_percentage,
        )

        policies_v1_headroom.additional_properties = d
        return policies_v1_headroom

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
