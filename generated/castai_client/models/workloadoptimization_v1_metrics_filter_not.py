from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_filter_expr import (
        WorkloadoptimizationV1MetricsFilterExpr,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsFilterNot")


@_attrs_define
class WorkloadoptimizationV1MetricsFilterNot:
    """
    Attributes:
        child (WorkloadoptimizationV1MetricsFilterExpr):
    """

    child: WorkloadoptimizationV1MetricsFilterExpr
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child = self.child.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "child": child,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_filter_expr import (
            WorkloadoptimizationV1MetricsFilterExpr,  # noqa: PLC0415
        )

        d = dict(src_dict)
        child = WorkloadoptimizationV1MetricsFilterExpr.from_dict(d.pop("child"))

        workloadoptimization_v1_metrics_filter_not = cls(
            child=child,
        )

        workloadoptimization_v1_metrics_filter_not.additional_properties = d
        return workloadoptimization_v1_metrics_filter_not

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
