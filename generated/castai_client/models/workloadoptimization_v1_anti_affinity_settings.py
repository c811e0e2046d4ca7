from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1AntiAffinitySettings")


@_attrs_define
class WorkloadoptimizationV1AntiAffinitySettings:
    """
    Attributes:
        consider_anti_affinity (bool | None | Unset):
    """

    consider_anti_affinity: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consider_anti_affinity: bool | None | Unset
        if isinstance(self.consider_anti_affinity, Unset):
            consider_anti_affinity = UNSET
        else:
            consider_anti_affinity = self.consider_anti_affinity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consider_anti_affinity is not UNSET:
            field_dict["considerAntiAffinity"] = consider_anti_affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_consider_anti_affinity(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        consider_anti_affinity = _parse_consider_anti_affinity(
            d.pop("considerAntiAffinity", UNSET)
        )

        workloadoptimization_v1_anti_affinity_settings = cls(
            consider_anti_affinity=consider_anti_affinity,
        )

        workloadoptimization_v1_anti_affinity_settings.additional_properties = d
        return workloadoptimization_v1_anti_affinity_settings

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
