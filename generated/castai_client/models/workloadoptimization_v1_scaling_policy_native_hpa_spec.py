from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_horizontal_pod_autoscaler_behavior import (
        WorkloadoptimizationV1HorizontalPodAutoscalerBehavior,
    )
    from ..models.workloadoptimization_v1_metric_spec import (
        WorkloadoptimizationV1MetricSpec,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ScalingPolicyNativeHPASpec")


@_attrs_define
class WorkloadoptimizationV1ScalingPolicyNativeHPASpec:
    """
    Attributes:
        max_replicas (int):
        metrics (list[WorkloadoptimizationV1MetricSpec]):
        min_replicas (int):
        behavior (WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset):
    """

    max_replicas: int
    metrics: list[WorkloadoptimizationV1MetricSpec]
    min_replicas: int
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_replicas = self.max_replicas

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        min_replicas = self.min_replicas

        behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxReplicas": max_replicas,
                "metrics": metrics,
                "minReplicas": min_replicas,
            }
        )
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_horizontal_pod_autoscaler_behavior import (
            WorkloadoptimizationV1HorizontalPodAutoscalerBehavior,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metric_spec import (
            WorkloadoptimizationV1MetricSpec,  # noqa: PLC0415
        )

        d = dict(src_dict)
        max_replicas = d.pop("maxReplicas")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = WorkloadoptimizationV1MetricSpec.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        min_replicas = d.pop("minReplicas")

        _behavior = d.pop("behavior", UNSET)
        behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset
        if isinstance(_behavior, Unset):
            behavior = UNSET
        else:
            behavior = WorkloadoptimizationV1HorizontalPodAutoscalerBehavior.from_dict(
                _behavior
            )

        workloadoptimization_v1_scaling_policy_native_hpa_spec = cls(
            max_replicas=max_replicas,
            metrics=metrics,
            min_replicas=min_replicas,
            behavior=behavior,
        )

        workloadoptimization_v1_scaling_policy_native_hpa_spec.additional_properties = d
        return workloadoptimization_v1_scaling_policy_native_hpa_spec

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
