from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_action_type import (
    WorkloadoptimizationV1ActionType,
    check_workloadoptimization_v1_action_type,
)
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
    from ..models.workloadoptimization_v1_recommendation_summary_container_recommendations import (
        WorkloadoptimizationV1RecommendationSummaryContainerRecommendations,
    )
    from ..models.workloadoptimization_v1_summary_confidence import (
        WorkloadoptimizationV1SummaryConfidence,
    )
    from ..models.workloadoptimization_v1_workload_thresholds import (
        WorkloadoptimizationV1WorkloadThresholds,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1RecommendationSummary")


@_attrs_define
class WorkloadoptimizationV1RecommendationSummary:
    """
    Attributes:
        action_type (WorkloadoptimizationV1ActionType | Unset):
        apply_type (WorkloadoptimizationV1ApplyType | Unset):
        confidence (WorkloadoptimizationV1SummaryConfidence | Unset):
        container_recommendations (WorkloadoptimizationV1RecommendationSummaryContainerRecommendations | Unset):
        origins (list[WorkloadoptimizationV1RecommendationOrigin] | Unset):
        thresholds (WorkloadoptimizationV1WorkloadThresholds | Unset):
    """

    action_type: WorkloadoptimizationV1ActionType | Unset = UNSET
    apply_type: WorkloadoptimizationV1ApplyType | Unset = UNSET
    confidence: WorkloadoptimizationV1SummaryConfidence | Unset = UNSET
    container_recommendations: (
        WorkloadoptimizationV1RecommendationSummaryContainerRecommendations | Unset
    ) = UNSET
    origins: list[WorkloadoptimizationV1RecommendationOrigin] | Unset = UNSET
    thresholds: WorkloadoptimizationV1WorkloadThresholds | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type

        apply_type: str | Unset = UNSET
        if not isinstance(self.apply_type, Unset):
            apply_type = self.apply_type

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        container_recommendations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_recommendations, Unset):
            container_recommendations = self.container_recommendations.to_dict()

        origins: list[str] | Unset = UNSET
        if not isinstance(self.origins, Unset):
            origins = []
            for origins_item_data in self.origins:
                origins_item: str = origins_item_data
                origins.append(origins_item)

        thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thresholds, Unset):
            thresholds = self.thresholds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if apply_type is not UNSET:
            field_dict["applyType"] = apply_type
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if container_recommendations is not UNSET:
            field_dict["containerRecommendations"] = container_recommendations
        if origins is not UNSET:
            field_dict["origins"] = origins
        if thresholds is not UNSET:
            field_dict["thresholds"] = thresholds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_recommendation_summary_container_recommendations import (
            WorkloadoptimizationV1RecommendationSummaryContainerRecommendations,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_summary_confidence import (
            WorkloadoptimizationV1SummaryConfidence,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_thresholds import (
            WorkloadoptimizationV1WorkloadThresholds,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _action_type = d.pop("actionType", UNSET)
        action_type: WorkloadoptimizationV1ActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = check_workloadoptimization_v1_action_type(_action_type)

        _apply_type = d.pop("applyType", UNSET)
        apply_type: WorkloadoptimizationV1ApplyType | Unset
        if isinstance(_apply_type, Unset):
            apply_type = UNSET
        else:
            apply_type = check_workloadoptimization_v1_apply_type(_apply_type)

        _confidence = d.pop("confidence", UNSET)
        confidence: WorkloadoptimizationV1SummaryConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = WorkloadoptimizationV1SummaryConfidence.from_dict(_confidence)

        _container_recommendations = d.pop("containerRecommendations", UNSET)
        container_recommendations: (
            WorkloadoptimizationV1RecommendationSummaryContainerRecommendations | Unset
        )
        if isinstance(_container_recommendations, Unset):
            container_recommendations = UNSET
        else:
            container_recommendations = WorkloadoptimizationV1RecommendationSummaryContainerRecommendations.from_dict(
                _container_recommendations
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

        _thresholds = d.pop("thresholds", UNSET)
        thresholds: WorkloadoptimizationV1WorkloadThresholds | Unset
        if isinstance(_thresholds, Unset):
            thresholds = UNSET
        else:
            thresholds = WorkloadoptimizationV1WorkloadThresholds.from_dict(_thresholds)

        workloadoptimization_v1_recommendation_summary = cls(
            action_type=action_type,
            apply_type=apply_type,
            confidence=confidence,
            container_recommendations=container_recommendations,
            origins=origins,
            thresholds=thresholds,
        )

        workloadoptimization_v1_recommendation_summary.additional_properties = d
        return workloadoptimization_v1_recommendation_summary

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
