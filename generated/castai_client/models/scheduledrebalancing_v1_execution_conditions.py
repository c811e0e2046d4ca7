from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledrebalancingV1ExecutionConditions")


@_attrs_define
class ScheduledrebalancingV1ExecutionConditions:
    """
    Attributes:
        achieved_savings_percentage (int | Unset):
        enabled (bool | Unset):
    """

    achieved_savings_percentage: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        achieved_savings_percentage = self.achieved_savings_percentage

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if achieved_savings_percentage is not UNSET:
            field_dict["achievedSavingsPercentage"] = achieved_savings_percentage
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        achieved_savings_percentage = d.pop("achievedSavingsPercentage", UNSET)

        enabled = d.pop("enabled", UNSET)

        scheduledrebalancing_v1_execution_conditions = cls(
            achieved_savings_percentage=achieved_savings_percentage,
            enabled=enabled,
        )

        scheduledrebalancing_v1_execution_conditions.additional_properties = d
        return scheduledrebalancing_v1_execution_conditions

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
