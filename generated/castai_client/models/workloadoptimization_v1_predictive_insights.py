from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1PredictiveInsights")


@_attrs_define
class WorkloadoptimizationV1PredictiveInsights:
    """
    Attributes:
        is_eligible (bool):
        available_until (datetime.datetime | Unset):
    """

    is_eligible: bool
    available_until: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_eligible = self.is_eligible

        available_until: str | Unset = UNSET
        if not isinstance(self.available_until, Unset):
            available_until = self.available_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isEligible": is_eligible,
            }
        )
        if available_until is not UNSET:
            field_dict["availableUntil"] = available_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_eligible = d.pop("isEligible")

        _available_until = d.pop("availableUntil", UNSET)
        available_until: datetime.datetime | Unset
        if isinstance(_available_until, Unset):
            available_until = UNSET
        else:
            available_until = datetime.datetime.fromisoformat(_available_until)

        workloadoptimization_v1_predictive_insights = cls(
            is_eligible=is_eligible,
            available_until=available_until,
        )

        workloadoptimization_v1_predictive_insights.additional_properties = d
        return workloadoptimization_v1_predictive_insights

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
