from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_rollout_behavior_type import (
    WorkloadoptimizationV1RolloutBehaviorType,
    check_workloadoptimization_v1_rollout_behavior_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1RolloutBehaviorSettings")


@_attrs_define
class WorkloadoptimizationV1RolloutBehaviorSettings:
    """
    Attributes:
        delay_seconds (int | None | Unset):
        prefer_one_by_one (bool | None | Unset):
        type_ (WorkloadoptimizationV1RolloutBehaviorType | Unset):
    """

    delay_seconds: int | None | Unset = UNSET
    prefer_one_by_one: bool | None | Unset = UNSET
    type_: WorkloadoptimizationV1RolloutBehaviorType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay_seconds: int | None | Unset
        if isinstance(self.delay_seconds, Unset):
            delay_seconds = UNSET
        else:
            delay_seconds = self.delay_seconds

        prefer_one_by_one: bool | None | Unset
        if isinstance(self.prefer_one_by_one, Unset):
            prefer_one_by_one = UNSET
        else:
            prefer_one_by_one = self.prefer_one_by_one

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delay_seconds is not UNSET:
            field_dict["delaySeconds"] = delay_seconds
        if prefer_one_by_one is not UNSET:
            field_dict["preferOneByOne"] = prefer_one_by_one
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_delay_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay_seconds = _parse_delay_seconds(d.pop("delaySeconds", UNSET))

        def _parse_prefer_one_by_one(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prefer_one_by_one = _parse_prefer_one_by_one(d.pop("preferOneByOne", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: WorkloadoptimizationV1RolloutBehaviorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_workloadoptimization_v1_rollout_behavior_type(_type_)

        workloadoptimization_v1_rollout_behavior_settings = cls(
            delay_seconds=delay_seconds,
            prefer_one_by_one=prefer_one_by_one,
            type_=type_,
        )

        workloadoptimization_v1_rollout_behavior_settings.additional_properties = d
        return workloadoptimization_v1_rollout_behavior_settings

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
