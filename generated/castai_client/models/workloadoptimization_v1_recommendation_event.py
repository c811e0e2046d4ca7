from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_recommendation_event_type import (
    WorkloadoptimizationV1RecommendationEventType,
    check_workloadoptimization_v1_recommendation_event_type,
)

T = TypeVar("T", bound="WorkloadoptimizationV1RecommendationEvent")


@_attrs_define
class WorkloadoptimizationV1RecommendationEvent:
    """
    Attributes:
        type_ (WorkloadoptimizationV1RecommendationEventType):
    """

    type_: WorkloadoptimizationV1RecommendationEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_workloadoptimization_v1_recommendation_event_type(d.pop("type"))

        workloadoptimization_v1_recommendation_event = cls(
            type_=type_,
        )

        workloadoptimization_v1_recommendation_event.additional_properties = d
        return workloadoptimization_v1_recommendation_event

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
