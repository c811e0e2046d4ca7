from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_recommendation_step_args import (
        WorkloadoptimizationV1RecommendationStepArgs,
    )
    from ..models.workloadoptimization_v1_recommendation_step_label import (
        WorkloadoptimizationV1RecommendationStepLabel,
    )
    from ..models.workloadoptimization_v1_resources import (
        WorkloadoptimizationV1Resources,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1RecommendationStep")


@_attrs_define
class WorkloadoptimizationV1RecommendationStep:
    """
    Attributes:
        args (WorkloadoptimizationV1RecommendationStepArgs | Unset):
        labels (list[WorkloadoptimizationV1RecommendationStepLabel] | Unset):
        message (str | Unset):
        resources (WorkloadoptimizationV1Resources | Unset):
    """

    args: WorkloadoptimizationV1RecommendationStepArgs | Unset = UNSET
    labels: list[WorkloadoptimizationV1RecommendationStepLabel] | Unset = UNSET
    message: str | Unset = UNSET
    resources: WorkloadoptimizationV1Resources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        message = self.message

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if labels is not UNSET:
            field_dict["labels"] = labels
        if message is not UNSET:
            field_dict["message"] = message
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_recommendation_step_args import (
            WorkloadoptimizationV1RecommendationStepArgs,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommendation_step_label import (
            WorkloadoptimizationV1RecommendationStepLabel,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resources import (
            WorkloadoptimizationV1Resources,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _args = d.pop("args", UNSET)
        args: WorkloadoptimizationV1RecommendationStepArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = WorkloadoptimizationV1RecommendationStepArgs.from_dict(_args)

        _labels = d.pop("labels", UNSET)
        labels: list[WorkloadoptimizationV1RecommendationStepLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = WorkloadoptimizationV1RecommendationStepLabel.from_dict(
                    labels_item_data
                )

                labels.append(labels_item)

        message = d.pop("message", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: WorkloadoptimizationV1Resources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = WorkloadoptimizationV1Resources.from_dict(_resources)

        workloadoptimization_v1_recommendation_step = cls(
            args=args,
            labels=labels,
            message=message,
            resources=resources,
        )

        workloadoptimization_v1_recommendation_step.additional_properties = d
        return workloadoptimization_v1_recommendation_step

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
