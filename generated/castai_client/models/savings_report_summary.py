from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavingsReportSummary")


@_attrs_define
class SavingsReportSummary:
    """Totals over the whole report window.

    Attributes:
        total_cost (str | Unset): USD actually spent on compute over the window. Example: 1381.68.
        total_savings (str | Unset): USD saved over the window. Example: 655.65.
    """

    total_cost: str | Unset = UNSET
    total_savings: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cost = self.total_cost

        total_savings = self.total_savings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_savings is not UNSET:
            field_dict["totalSavings"] = total_savings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_cost = d.pop("totalCost", UNSET)

        total_savings = d.pop("totalSavings", UNSET)

        savings_report_summary = cls(
            total_cost=total_cost,
            total_savings=total_savings,
        )

        savings_report_summary.additional_properties = d
        return savings_report_summary

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
