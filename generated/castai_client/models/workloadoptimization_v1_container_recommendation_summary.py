from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_container_thresholds import (
        WorkloadoptimizationV1ContainerThresholds,
    )
    from ..models.workloadoptimization_v1_recommendation_step import (
        WorkloadoptimizationV1RecommendationStep,
    )
    from ..models.workloadoptimization_v1_resources import (
        WorkloadoptimizationV1Resources,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ContainerRecommendationSummary")


@_attrs_define
class WorkloadoptimizationV1ContainerRecommendationSummary:
    """
    Attributes:
        resources (WorkloadoptimizationV1Resources | Unset):
        steps (list[WorkloadoptimizationV1RecommendationStep] | Unset):
        thresholds (WorkloadoptimizationV1ContainerThresholds | Unset):
    """

    resources: WorkloadoptimizationV1Resources | Unset = UNSET
    steps: list[WorkloadoptimizationV1RecommendationStep] | Unset = UNSET
    thresholds: WorkloadoptimizationV1ContainerThresholds | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thresholds, Unset):
            thresholds = self.thresholds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources
        if steps is not UNSET:
            field_dict["steps"] = steps
        if thresholds is not UNSET:
            field_dict["thresholds"] = thresholds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_container_thresholds import (
            WorkloadoptimizationV1ContainerThresholds,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommendation_step import (
            WorkloadoptimizationV1RecommendationStep,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resources import (
            WorkloadoptimizationV1Resources,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _resources = d.pop("resources", UNSET)
        resources: WorkloadoptimizationV1Resources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = WorkloadoptimizationV1Resources.from_dict(_resources)

        _steps = d.pop("steps", UNSET)
        steps: list[WorkloadoptimizationV1RecommendationStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = WorkloadoptimizationV1RecommendationStep.from_dict(
                    steps_item_data
                )

                steps.append(steps_item)

        _thresholds = d.pop("thresholds", UNSET)
        thresholds: WorkloadoptimizationV1ContainerThresholds | Unset
        if isinstance(_thresholds, Unset):
            thresholds = UNSET
        else:
            thresholds = WorkloadoptimizationV1ContainerThresholds.from_dict(
                _thresholds
            )

        workloadoptimization_v1_container_recommendation_summary = cls(
            resources=resources,
            steps=steps,
            thresholds=thresholds,
        )

        workloadoptimization_v1_container_recommendation_summary.additional_properties = d
        return workloadoptimization_v1_container_recommendation_summary

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
