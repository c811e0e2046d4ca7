from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_metric_target_type import (
    WorkloadoptimizationV1MetricTargetType,
    check_workloadoptimization_v1_metric_target_type,
)

T = TypeVar("T", bound="WorkloadoptimizationV1MetricTarget")


@_attrs_define
class WorkloadoptimizationV1MetricTarget:
    """
    Attributes:
        type_ (WorkloadoptimizationV1MetricTargetType):
        value (str):
    """

    type_: WorkloadoptimizationV1MetricTargetType
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_workloadoptimization_v1_metric_target_type(d.pop("type"))

        value = d.pop("value")

        workloadoptimization_v1_metric_target = cls(
            type_=type_,
            value=value,
        )

        workloadoptimization_v1_metric_target.additional_properties = d
        return workloadoptimization_v1_metric_target

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
