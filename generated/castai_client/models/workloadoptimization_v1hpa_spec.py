from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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


T = TypeVar("T", bound="WorkloadoptimizationV1HPASpec")


@_attrs_define
class WorkloadoptimizationV1HPASpec:
    """
    Attributes:
        managed_by_castai (bool):
        max_replicas (int):
        behavior (WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset):
        metrics (list[WorkloadoptimizationV1MetricSpec] | Unset):
        min_replicas (int | None | Unset):
        target_cpu_utilization_percentage (int | None | Unset):
    """

    managed_by_castai: bool
    max_replicas: int
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset = UNSET
    metrics: list[WorkloadoptimizationV1MetricSpec] | Unset = UNSET
    min_replicas: int | None | Unset = UNSET
    target_cpu_utilization_percentage: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managed_by_castai = self.managed_by_castai

        max_replicas = self.max_replicas

        behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.to_dict()

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        min_replicas: int | None | Unset
        if isinstance(self.min_replicas, Unset):
            min_replicas = UNSET
        else:
            min_replicas = self.min_replicas

        target_cpu_utilization_percentage: int | None | Unset
        if isinstance(self.target_cpu_utilization_percentage, Unset):
            target_cpu_utilization_percentage = UNSET
        else:
            target_cpu_utilization_percentage = self.target_cpu_utilization_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managedByCastai": managed_by_castai,
                "maxReplicas": max_replicas,
            }
        )
        if behavior is not UNSET:
            field_dict["behavior"] = behavior
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if min_replicas is not UNSET:
            field_dict["minReplicas"] = min_replicas
        if target_cpu_utilization_percentage is not UNSET:
            field_dict["targetCpuUtilizationPercentage"] = (
                target_cpu_utilization_percentage
            )

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
        managed_by_castai = d.pop("managedByCastai")

        max_replicas = d.pop("maxReplicas")

        _behavior = d.pop("behavior", UNSET)
        behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset
        if isinstance(_behavior, Unset):
            behavior = UNSET
        else:
            behavior = WorkloadoptimizationV1HorizontalPodAutoscalerBehavior.from_dict(
                _behavior
            )

        _metrics = d.pop("metrics", UNSET)
        metrics: list[WorkloadoptimizationV1MetricSpec] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = WorkloadoptimizationV1MetricSpec.from_dict(
                    metrics_item_data
                )

                metrics.append(metrics_item)

        def _parse_min_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_replicas = _parse_min_replicas(d.pop("minReplicas", UNSET))

        def _parse_target_cpu_utilization_percentage(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_cpu_utilization_percentage = _parse_target_cpu_utilization_percentage(
            d.pop("targetCpuUtilizationPercentage", UNSET)
        )

        workloadoptimization_v1hpa_spec = cls(
            managed_by_castai=managed_by_castai,
            max_replicas=max_replicas,
            behavior=behavior,
            metrics=metrics,
            min_replicas=min_replicas,
            target_cpu_utilization_percentage=target_cpu_utilization_percentage,
        )

        workloadoptimization_v1hpa_spec.additional_properties = d
        return workloadoptimization_v1hpa_spec

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
