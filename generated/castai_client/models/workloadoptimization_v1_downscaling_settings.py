from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_apply_type import (
    WorkloadoptimizationV1ApplyType,
    check_workloadoptimization_v1_apply_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1DownscalingSettings")


@_attrs_define
class WorkloadoptimizationV1DownscalingSettings:
    """
    Attributes:
        apply_type (WorkloadoptimizationV1ApplyType | Unset):
    """

    apply_type: WorkloadoptimizationV1ApplyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_type: str | Unset = UNSET
        if not isinstance(self.apply_type, Unset):
            apply_type = self.apply_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_type is not UNSET:
            field_dict["applyType"] = apply_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _apply_type = d.pop("applyType", UNSET)
        apply_type: WorkloadoptimizationV1ApplyType | Unset
        if isinstance(_apply_type, Unset):
            apply_type = UNSET
        else:
            apply_type = check_workloadoptimization_v1_apply_type(_apply_type)

        workloadoptimization_v1_downscaling_settings = cls(
            apply_type=apply_type,
        )

        workloadoptimization_v1_downscaling_settings.additional_properties = d
        return workloadoptimization_v1_downscaling_settings

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
