from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1hpa_scaling_rules import (
        WorkloadoptimizationV1HPAScalingRules,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1HorizontalPodAutoscalerBehavior")


@_attrs_define
class WorkloadoptimizationV1HorizontalPodAutoscalerBehavior:
    """
    Attributes:
        scale_down (WorkloadoptimizationV1HPAScalingRules | Unset):
        scale_up (WorkloadoptimizationV1HPAScalingRules | Unset):
    """

    scale_down: WorkloadoptimizationV1HPAScalingRules | Unset = UNSET
    scale_up: WorkloadoptimizationV1HPAScalingRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_down: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_down, Unset):
            scale_down = self.scale_down.to_dict()

        scale_up: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_up, Unset):
            scale_up = self.scale_up.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_down is not UNSET:
            field_dict["scaleDown"] = scale_down
        if scale_up is not UNSET:
            field_dict["scaleUp"] = scale_up

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1hpa_scaling_rules import (
            WorkloadoptimizationV1HPAScalingRules,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _scale_down = d.pop("scaleDown", UNSET)
        scale_down: WorkloadoptimizationV1HPAScalingRules | Unset
        if isinstance(_scale_down, Unset):
            scale_down = UNSET
        else:
            scale_down = WorkloadoptimizationV1HPAScalingRules.from_dict(_scale_down)

        _scale_up = d.pop("scaleUp", UNSET)
        scale_up: WorkloadoptimizationV1HPAScalingRules | Unset
        if isinstance(_scale_up, Unset):
            scale_up = UNSET
        else:
            scale_up = WorkloadoptimizationV1HPAScalingRules.from_dict(_scale_up)

        workloadoptimization_v1_horizontal_pod_autoscaler_behavior = cls(
            scale_down=scale_down,
            scale_up=scale_up,
        )

        workloadoptimization_v1_horizontal_pod_autoscaler_behavior.additional_properties = d
        return workloadoptimization_v1_horizontal_pod_autoscaler_behavior

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
