from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledrebalancingV1TriggerConditions")


@_attrs_define
class ScheduledrebalancingV1TriggerConditions:
    """
    Attributes:
        ignore_savings (bool | None | Unset):
        savings_percentage (float | Unset):
    """

    ignore_savings: bool | None | Unset = UNSET
    savings_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore_savings: bool | None | Unset
        if isinstance(self.ignore_savings, Unset):
            ignore_savings = UNSET
        else:
            ignore_savings = self.ignore_savings

        savings_percentage = self.savings_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ignore_savings is not UNSET:
            field_dict["ignoreSavings"] = ignore_savings
        if savings_percentage is not UNSET:
            field_dict["savingsPercentage"] = savings_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ignore_savings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_savings = _parse_ignore_savings(d.pop("ignoreSavings", UNSET))

        savings_percentage = d.pop("savingsPercentage", UNSET)

        scheduledrebalancing_v1_trigger_conditions = cls(
            ignore_savings=ignore_savings,
            savings_percentage=savings_percentage,
        )

        scheduledrebalancing_v1_trigger_conditions.additional_properties = d
        return scheduledrebalancing_v1_trigger_conditions

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
