from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metric_identifier import (
        WorkloadoptimizationV1MetricIdentifier,
    )
    from ..models.workloadoptimization_v1_metric_target import (
        WorkloadoptimizationV1MetricTarget,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1PodsMetricSource")


@_attrs_define
class WorkloadoptimizationV1PodsMetricSource:
    """
    Attributes:
        metric (WorkloadoptimizationV1MetricIdentifier):
        target (WorkloadoptimizationV1MetricTarget):
    """

    metric: WorkloadoptimizationV1MetricIdentifier
    target: WorkloadoptimizationV1MetricTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.to_dict()

        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metric_identifier import (
            WorkloadoptimizationV1MetricIdentifier,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metric_target import (
            WorkloadoptimizationV1MetricTarget,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metric = WorkloadoptimizationV1MetricIdentifier.from_dict(d.pop("metric"))

        target = WorkloadoptimizationV1MetricTarget.from_dict(d.pop("target"))

        workloadoptimization_v1_pods_metric_source = cls(
            metric=metric,
            target=target,
        )

        workloadoptimization_v1_pods_metric_source.additional_properties = d
        return workloadoptimization_v1_pods_metric_source

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
