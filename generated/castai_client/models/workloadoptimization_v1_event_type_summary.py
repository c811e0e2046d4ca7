from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_event_type import (
    WorkloadoptimizationV1EventType,
    check_workloadoptimization_v1_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1EventTypeSummary")


@_attrs_define
class WorkloadoptimizationV1EventTypeSummary:
    """
    Attributes:
        count (int | Unset):
        percent (float | Unset):
        type_ (WorkloadoptimizationV1EventType | Unset):
    """

    count: int | Unset = UNSET
    percent: float | Unset = UNSET
    type_: WorkloadoptimizationV1EventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        percent = self.percent

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if percent is not UNSET:
            field_dict["percent"] = percent
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        percent = d.pop("percent", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: WorkloadoptimizationV1EventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_workloadoptimization_v1_event_type(_type_)

        workloadoptimization_v1_event_type_summary = cls(
            count=count,
            percent=percent,
            type_=type_,
        )

        workloadoptimization_v1_event_type_summary.additional_properties = d
        return workloadoptimization_v1_event_type_summary

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
