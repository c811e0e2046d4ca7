from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_apply_type import (
    WorkloadoptimizationV1ApplyType,
    check_workloadoptimization_v1_apply_type,
)
from ..models.workloadoptimization_v1_recommendation_origin import (
    WorkloadoptimizationV1RecommendationOrigin,
    check_workloadoptimization_v1_recommendation_origin,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_recommendation_summary import (
        WorkloadoptimizationV1RecommendationSummary,
    )
    from ..models.workloadoptimization_v1_recommended_requests_changed_event_change import (
        WorkloadoptimizationV1RecommendedRequestsChangedEventChange,
    )
    from ..models.workloadoptimization_v1_recommended_requests_changed_event_debug_data import (
        WorkloadoptimizationV1RecommendedRequestsChangedEventDebugData,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1RecommendedRequestsChangedEvent")


@_attrs_define
class WorkloadoptimizationV1RecommendedRequestsChangedEvent:
    """
    Attributes:
        apply_type (WorkloadoptimizationV1ApplyType):
        current (WorkloadoptimizationV1RecommendedRequestsChangedEventChange):
        previous (WorkloadoptimizationV1RecommendedRequestsChangedEventChange):
        debug_data (WorkloadoptimizationV1RecommendedRequestsChangedEventDebugData | Unset):
        origins (list[WorkloadoptimizationV1RecommendationOrigin] | Unset):
        summary (WorkloadoptimizationV1RecommendationSummary | Unset):
    """

    apply_type: WorkloadoptimizationV1ApplyType
    current: WorkloadoptimizationV1RecommendedRequestsChangedEventChange
    previous: WorkloadoptimizationV1RecommendedRequestsChangedEventChange
    debug_data: (
        WorkloadoptimizationV1RecommendedRequestsChangedEventDebugData | Unset
    ) = UNSET
    origins: list[WorkloadoptimizationV1RecommendationOrigin] | Unset = UNSET
    summary: WorkloadoptimizationV1RecommendationSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_type: str = self.apply_type

        current = self.current.to_dict()

        previous = self.previous.to_dict()

        debug_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_data, Unset):
            debug_data = self.debug_data.to_dict()

        origins: list[str] | Unset = UNSET
        if not isinstance(self.origins, Unset):
            origins = []
            for origins_item_data in self.origins:
                origins_item: str = origins_item_data
                origins.append(origins_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applyType": apply_type,
                "current": current,
                "previous": previous,
            }
        )
        if debug_data is not UNSET:
            field_dict["debugData"] = debug_data
        if origins is not UNSET:
            field_dict["origins"] = origins
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_recommendation_summary import (
            WorkloadoptimizationV1RecommendationSummary,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommended_requests_changed_event_change import (
            WorkloadoptimizationV1RecommendedRequestsChangedEventChange,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommended_requests_changed_event_debug_data import (
            WorkloadoptimizationV1RecommendedRequestsChangedEventDebugData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        apply_type = check_workloadoptimization_v1_apply_type(d.pop("applyType"))

        current = WorkloadoptimizationV1RecommendedRequestsChangedEventChange.from_dict(
            d.pop("current")
        )

        previous = (
            WorkloadoptimizationV1RecommendedRequestsChangedEventChange.from_dict(
                d.pop("previous")
            )
        )

        _debug_data = d.pop("debugData", UNSET)
        debug_data: (
            WorkloadoptimizationV1RecommendedRequestsChangedEventDebugData | Unset
        )
        if isinstance(_debug_data, Unset):
            debug_data = UNSET
        else:
            debug_data = WorkloadoptimizationV1RecommendedRequestsChangedEventDebugData.from_dict(
                _debug_data
            )

        _origins = d.pop("origins", UNSET)
        origins: list[WorkloadoptimizationV1RecommendationOrigin] | Unset = UNSET
        if _origins is not UNSET:
            origins = []
            for origins_item_data in _origins:
                origins_item = check_workloadoptimization_v1_recommendation_origin(
                    origins_item_data
                )

                origins.append(origins_item)

        _summary = d.pop("summary", UNSET)
        summary: WorkloadoptimizationV1RecommendationSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = WorkloadoptimizationV1RecommendationSummary.from_dict(_summary)

        workloadoptimization_v1_recommended_requests_changed_event = cls(
            apply_type=apply_type,
            current=current,
            previous=previous,
            debug_data=debug_data,
            origins=origins,
            summary=summary,
        )

        workloadoptimization_v1_recommended_requests_changed_event.additional_properties = d
        return workloadoptimization_v1_recommended_requests_changed_event

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
