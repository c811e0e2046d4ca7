from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_constraints_v2_constant import (
        WorkloadoptimizationV1ConstraintsV2Constant,
    )
    from ..models.workloadoptimization_v1_constraints_v2_percentage_of_original import (
        WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ConstraintsV2Strategy")


@_attrs_define
class WorkloadoptimizationV1ConstraintsV2Strategy:
    """
    Attributes:
        constant (WorkloadoptimizationV1ConstraintsV2Constant | Unset):
        percentage_of_original (WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal | Unset):
    """

    constant: WorkloadoptimizationV1ConstraintsV2Constant | Unset = UNSET
    percentage_of_original: (
        WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        constant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constant, Unset):
            constant = self.constant.to_dict()

        percentage_of_original: dict[str, Any] | Unset = UNSET
        if not isinstance(self.percentage_of_original, Unset):
            percentage_of_original = self.percentage_of_original.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if constant is not UNSET:
            field_dict["constant"] = constant
        if percentage_of_original is not UNSET:
            field_dict["percentageOfOriginal"] = percentage_of_original

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_constraints_v2_constant import (
            WorkloadoptimizationV1ConstraintsV2Constant,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_constraints_v2_percentage_of_original import (
            WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _constant = d.pop("constant", UNSET)
        constant: WorkloadoptimizationV1ConstraintsV2Constant | Unset
        if isinstance(_constant, Unset):
            constant = UNSET
        else:
            constant = WorkloadoptimizationV1ConstraintsV2Constant.from_dict(_constant)

        _percentage_of_original = d.pop("percentageOfOriginal", UNSET)
        percentage_of_original: (
            WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal | Unset
        )
        if isinstance(_percentage_of_original, Unset):
            percentage_of_original = UNSET
        else:
            percentage_of_original = (
                WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal.from_dict(
                    _percentage_of_original
                )
            )

        workloadoptimization_v1_constraints_v2_strategy = cls(
            constant=constant,
            percentage_of_original=percentage_of_original,
        )

        workloadoptimization_v1_constraints_v2_strategy.additional_properties = d
        return workloadoptimization_v1_constraints_v2_strategy

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
