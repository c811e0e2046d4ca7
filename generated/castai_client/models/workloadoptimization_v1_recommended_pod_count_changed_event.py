from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_recommendation_summary import (
        WorkloadoptimizationV1RecommendationSummary,
    )
    from ..models.workloadoptimization_v1_recommended_pod_count_changed_event_debug_data import (
        WorkloadoptimizationV1RecommendedPodCountChangedEventDebugData,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1RecommendedPodCountChangedEvent")


@_attrs_define
class WorkloadoptimizationV1RecommendedPodCountChangedEvent:
    """
    Attributes:
        current (int):
        previous (int):
        debug_data (WorkloadoptimizationV1RecommendedPodCountChangedEventDebugData | Unset):
        summary (WorkloadoptimizationV1RecommendationSummary | Unset):
    """

    current: int
    previous: int
    debug_data: (
        WorkloadoptimizationV1RecommendedPodCountChangedEventDebugData | Unset
    ) = UNSET
    summary: WorkloadoptimizationV1RecommendationSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        previous = self.previous

        debug_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_data, Unset):
            debug_data = self.debug_data.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "previous": previous,
            }
        )
        if debug_data is not UNSET:
            field_dict["debugData"] = debug_data
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_recommendation_summary import (
            WorkloadoptimizationV1RecommendationSummary,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommended_pod_count_changed_event_debug_data import (
            WorkloadoptimizationV1RecommendedPodCountChangedEventDebugData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        current = d.pop("current")

        previous = d.pop("previous")

        _debug_data = d.pop("debugData", UNSET)
        debug_data: (
            WorkloadoptimizationV1RecommendedPodCountChangedEventDebugData | Unset
        )
        if isinstance(_debug_data, Unset):
            debug_data = UNSET
        else:
            debug_data = WorkloadoptimizationV1RecommendedPodCountChangedEventDebugData.from_dict(
                _debug_data
            )

        _summary = d.pop("summary", UNSET)
        summary: WorkloadoptimizationV1RecommendationSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = WorkloadoptimizationV1RecommendationSummary.from_dict(_summary)

        workloadoptimization_v1_recommended_pod_count_changed_event = cls(
            current=current,
            previous=previous,
            debug_data=debug_data,
            summary=summary,
        )

        workloadoptimization_v1_recommended_pod_count_changed_event.additional_properties = d
        return workloadoptimization_v1_recommended_pod_count_changed_event

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
