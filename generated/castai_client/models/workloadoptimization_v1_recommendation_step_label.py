from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_recommendation_step_label_unit import (
    WorkloadoptimizationV1RecommendationStepLabelUnit,
    check_workloadoptimization_v1_recommendation_step_label_unit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1RecommendationStepLabel")


@_attrs_define
class WorkloadoptimizationV1RecommendationStepLabel:
    """
    Attributes:
        key (str | Unset):
        unit (WorkloadoptimizationV1RecommendationStepLabelUnit | Unset):
        value (str | Unset):
    """

    key: str | Unset = UNSET
    unit: WorkloadoptimizationV1RecommendationStepLabelUnit | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: WorkloadoptimizationV1RecommendationStepLabelUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = check_workloadoptimization_v1_recommendation_step_label_unit(_unit)

        value = d.pop("value", UNSET)

        workloadoptimization_v1_recommendation_step_label = cls(
            key=key,
            unit=unit,
            value=value,
        )

        workloadoptimization_v1_recommendation_step_label.additional_properties = d
        return workloadoptimization_v1_recommendation_step_label

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
