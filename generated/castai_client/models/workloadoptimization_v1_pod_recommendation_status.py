from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1PodRecommendationStatus")


@_attrs_define
class WorkloadoptimizationV1PodRecommendationStatus:
    """
    Attributes:
        applied_at (datetime.datetime):
        resources_mismatched (bool):
    """

    applied_at: datetime.datetime
    resources_mismatched: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_at = self.applied_at.isoformat()

        resources_mismatched = self.resources_mismatched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appliedAt": applied_at,
                "resourcesMismatched": resources_mismatched,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applied_at = datetime.datetime.fromisoformat(d.pop("appliedAt"))

        resources_mismatched = d.pop("resourcesMismatched")

        workloadoptimization_v1_pod_recommendation_status = cls(
            applied_at=applied_at,
            resources_mismatched=resources_mismatched,
        )

        workloadoptimization_v1_pod_recommendation_status.additional_properties = d
        return workloadoptimization_v1_pod_recommendation_status

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
