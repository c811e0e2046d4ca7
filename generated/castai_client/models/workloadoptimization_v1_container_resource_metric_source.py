from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metric_target import (
        WorkloadoptimizationV1MetricTarget,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ContainerResourceMetricSource")


@_attrs_define
class WorkloadoptimizationV1ContainerResourceMetricSource:
    """
    Attributes:
        container (str):
        name (str):
        target (WorkloadoptimizationV1MetricTarget):
    """

    container: str
    name: str
    target: WorkloadoptimizationV1MetricTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container = self.container

        name = self.name

        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "name": name,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metric_target import (
            WorkloadoptimizationV1MetricTarget,  # noqa: PLC0415
        )

        d = dict(src_dict)
        container = d.pop("container")

        name = d.pop("name")

        target = WorkloadoptimizationV1MetricTarget.from_dict(d.pop("target"))

        workloadoptimization_v1_container_resource_metric_source = cls(
            container=container,
            name=name,
            target=target,
        )

        workloadoptimization_v1_container_resource_metric_source.additional_properties = d
        return workloadoptimization_v1_container_resource_metric_source

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
