from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_apply_type import (
    WorkloadoptimizationV1ApplyType,
    check_workloadoptimization_v1_apply_type,
)

T = TypeVar("T", bound="WorkloadoptimizationV1DeployedRecommendation")


@_attrs_define
class WorkloadoptimizationV1DeployedRecommendation:
    """
    Attributes:
        apply_type (WorkloadoptimizationV1ApplyType):
    """

    apply_type: WorkloadoptimizationV1ApplyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_type: str = self.apply_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applyType": apply_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_type = check_workloadoptimization_v1_apply_type(d.pop("applyType"))

        workloadoptimization_v1_deployed_recommendation = cls(
            apply_type=apply_type,
        )

        workloadoptimization_v1_deployed_recommendation.additional_properties = d
        return workloadoptimization_v1_deployed_recommendation

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
