from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_management_option import (
    WorkloadoptimizationV1ManagementOption,
    check_workloadoptimization_v1_management_option,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_horizontal_pod_autoscaler_behavior import (
        WorkloadoptimizationV1HorizontalPodAutoscalerBehavior,
    )
    from ..models.workloadoptimization_v1_metric_spec import (
        WorkloadoptimizationV1MetricSpec,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1HPAV2Config")


@_attrs_define
class WorkloadoptimizationV1HPAV2Config:
    """
    Attributes:
        management_option (WorkloadoptimizationV1ManagementOption):
        max_replicas (int):
        min_replicas (int):
        take_ownership (bool):
        behavior (WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset):
        metrics (list[WorkloadoptimizationV1MetricSpec] | Unset):
    """

    management_option: WorkloadoptimizationV1ManagementOption
    max_replicas: int
    min_replicas: int
    take_ownership: bool
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset = UNSET
    metrics: list[WorkloadoptimizationV1MetricSpec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        management_option: str = self.management_option

        max_replicas = self.max_replicas

        min_replicas = self.min_replicas

        take_ownership = self.take_ownership

        behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.to_dict()

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managementOption": management_option,
                "maxReplicas": max_replicas,
                "minReplicas": min_replicas,
                "takeOwnership": take_ownership,
            }
        )
        if behavior is not UNSET:
            field_dict["behavior"] = behavior
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

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
        management_option = check_workloadoptimization_v1_management_option(
            d.pop("managementOption")
        )

        max_replicas = d.pop("maxReplicas")

        min_replicas = d.pop("minReplicas")

        take_ownership = d.pop("takeOwnership")

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

        workloadoptimization_v1hpav2_config = cls(
            management_option=management_option,
            max_replicas=max_replicas,
            min_replicas=min_replicas,
            take_ownership=take_ownership,
            behavior=behavior,
            metrics=metrics,
        )

        workloadoptimization_v1hpav2_config.additional_properties = d
        return workloadoptimization_v1hpav2_config

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
