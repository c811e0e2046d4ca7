from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_constraints_v2 import (
        WorkloadoptimizationV1ConstraintsV2,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ContainerConstraintsV3")


@_attrs_define
class WorkloadoptimizationV1ContainerConstraintsV3:
    """
    Attributes:
        constraints (WorkloadoptimizationV1ConstraintsV2 | Unset):
        max_ (float | None | Unset):
        min_ (float | None | Unset):
    """

    constraints: WorkloadoptimizationV1ConstraintsV2 | Unset = UNSET
    max_: float | None | Unset = UNSET
    min_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints.to_dict()

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_constraints_v2 import (
            WorkloadoptimizationV1ConstraintsV2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _constraints = d.pop("constraints", UNSET)
        constraints: WorkloadoptimizationV1ConstraintsV2 | Unset
        if isinstance(_constraints, Unset):
            constraints = UNSET
        else:
            constraints = WorkloadoptimizationV1ConstraintsV2.from_dict(_constraints)

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_min_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        workloadoptimization_v1_container_constraints_v3 = cls(
            constraints=constraints,
            max_=max_,
            min_=min_,
        )

        workloadoptimization_v1_container_constraints_v3.additional_properties = d
        return workloadoptimization_v1_container_constraints_v3

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
