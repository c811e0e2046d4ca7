from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1MetricsMetricRef")


@_attrs_define
class WorkloadoptimizationV1MetricsMetricRef:
    """
    Attributes:
        metric (str):
        rollup (str):
    """

    metric: str
    rollup: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        rollup = self.rollup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "rollup": rollup,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric = d.pop("metric")

        rollup = d.pop("rollup")

        workloadoptimization_v1_metrics_metric_ref = cls(
            metric=metric,
            rollup=rollup,
        )

        workloadoptimization_v1_metrics_metric_ref.additional_properties = d
        return workloadoptimization_v1_metrics_metric_ref

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
