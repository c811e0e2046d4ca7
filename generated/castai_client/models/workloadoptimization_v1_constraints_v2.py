from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_constraints_v2_strategy import (
        WorkloadoptimizationV1ConstraintsV2Strategy,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ConstraintsV2")


@_attrs_define
class WorkloadoptimizationV1ConstraintsV2:
    """
    Attributes:
        max_ (WorkloadoptimizationV1ConstraintsV2Strategy | Unset):
        min_ (WorkloadoptimizationV1ConstraintsV2Strategy | Unset):
    """

    max_: WorkloadoptimizationV1ConstraintsV2Strategy | Unset = UNSET
    min_: WorkloadoptimizationV1ConstraintsV2Strategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        min_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_constraints_v2_strategy import (
            WorkloadoptimizationV1ConstraintsV2Strategy,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _max_ = d.pop("max", UNSET)
        max_: WorkloadoptimizationV1ConstraintsV2Strategy | Unset
        if isinstance(_max_, Unset):
            max_ = UNSET
        else:
            max_ = WorkloadoptimizationV1ConstraintsV2Strategy.from_dict(_max_)

        _min_ = d.pop("min", UNSET)
        min_: WorkloadoptimizationV1ConstraintsV2Strategy | Unset
        if isinstance(_min_, Unset):
            min_ = UNSET
        else:
            min_ = WorkloadoptimizationV1ConstraintsV2Strategy.from_dict(_min_)

        workloadoptimization_v1_constraints_v2 = cls(
            max_=max_,
            min_=min_,
        )

        workloadoptimization_v1_constraints_v2.additional_properties = d
        return workloadoptimization_v1_constraints_v2

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
