from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_metrics_binary_op_type import (
    WorkloadoptimizationV1MetricsBinaryOpType,
    check_workloadoptimization_v1_metrics_binary_op_type,
)

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_expr import (
        WorkloadoptimizationV1MetricsExpr,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsBinaryOp")


@_attrs_define
class WorkloadoptimizationV1MetricsBinaryOp:
    """
    Attributes:
        left (WorkloadoptimizationV1MetricsExpr):
        op (WorkloadoptimizationV1MetricsBinaryOpType):
        right (WorkloadoptimizationV1MetricsExpr):
    """

    left: WorkloadoptimizationV1MetricsExpr
    op: WorkloadoptimizationV1MetricsBinaryOpType
    right: WorkloadoptimizationV1MetricsExpr
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        left = self.left.to_dict()

        op: str = self.op

        right = self.right.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "left": left,
                "op": op,
                "right": right,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_expr import (
            WorkloadoptimizationV1MetricsExpr,  # noqa: PLC0415
        )

        d = dict(src_dict)
        left = WorkloadoptimizationV1MetricsExpr.from_dict(d.pop("left"))

        op = check_workloadoptimization_v1_metrics_binary_op_type(d.pop("op"))

        right = WorkloadoptimizationV1MetricsExpr.from_dict(d.pop("right"))

        workloadoptimization_v1_metrics_binary_op = cls(
            left=left,
            op=op,
            right=right,
        )

        workloadoptimization_v1_metrics_binary_op.additional_properties = d
        return workloadoptimization_v1_metrics_binary_op

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
