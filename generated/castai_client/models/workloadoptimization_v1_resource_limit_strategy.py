from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_resource_limit_strategy_type import (
    WorkloadoptimizationV1ResourceLimitStrategyType,
    check_workloadoptimization_v1_resource_limit_strategy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1ResourceLimitStrategy")


@_attrs_define
class WorkloadoptimizationV1ResourceLimitStrategy:
    """
    Attributes:
        type_ (WorkloadoptimizationV1ResourceLimitStrategyType):
        multiplier (float | Unset):
        only_if_original_exist (bool | None | Unset):
        only_if_original_lower (bool | None | Unset):
    """

    type_: WorkloadoptimizationV1ResourceLimitStrategyType
    multiplier: float | Unset = UNSET
    only_if_original_exist: bool | None | Unset = UNSET
    only_if_original_lower: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        multiplier = self.multiplier

        only_if_original_exist: bool | None | Unset
        if isinstance(self.only_if_original_exist, Unset):
            only_if_original_exist = UNSET
        else:
            only_if_original_exist = self.only_if_original_exist

        only_if_original_lower: bool | None | Unset
        if isinstance(self.only_if_original_lower, Unset):
            only_if_original_lower = UNSET
        else:
            only_if_original_lower = self.only_if_original_lower

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if only_if_original_exist is not UNSET:
            field_dict["onlyIfOriginalExist"] = only_if_original_exist
        if only_if_original_lower is not UNSET:
            field_dict["onlyIfOriginalLower"] = only_if_original_lower

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_workloadoptimization_v1_resource_limit_strategy_type(
            d.pop("type")
        )

        multiplier = d.pop("multiplier", UNSET)

        def _parse_only_if_original_exist(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        only_if_original_exist = _parse_only_if_original_exist(
            d.pop("onlyIfOriginalExist", UNSET)
        )

        def _parse_only_if_original_lower(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        only_if_original_lower = _parse_only_if_original_lower(
            d.pop("onlyIfOriginalLower", UNSET)
        )

        workloadoptimization_v1_resource_limit_strategy = cls(
            type_=type_,
            multiplier=multiplier,
            only_if_original_exist=only_if_original_exist,
            only_if_original_lower=only_if_original_lower,
        )

        workloadoptimization_v1_resource_limit_strategy.additional_properties = d
        return workloadoptimization_v1_resource_limit_strategy

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
