from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T", bound="WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold"
)


@_attrs_define
class WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold:
    """
    Attributes:
        denominator (float):
        exponent (float):
        numerator (float):
    """

    denominator: float
    exponent: float
    numerator: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        denominator = self.denominator

        exponent = self.exponent

        numerator = self.numerator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "denominator": denominator,
                "exponent": exponent,
                "numerator": numerator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        denominator = d.pop("denominator")

        exponent = d.pop("exponent")

        numerator = d.pop("numerator")

        workloadoptimization_v1_apply_threshold_strategy_custom_adaptive_threshold = (
            cls(
                denominator=denominator,
                exponent=exponent,
                numerator=numerator,
            )
        )

        workloadoptimization_v1_apply_threshold_strategy_custom_adaptive_threshold.additional_properties = d
        return (
            workloadoptimization_v1_apply_threshold_strategy_custom_adaptive_threshold
        )

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
