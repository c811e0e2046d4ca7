from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_metrics_scalar_op_type import (
    WorkloadoptimizationV1MetricsScalarOpType,
    check_workloadoptimization_v1_metrics_scalar_op_type,
)

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_expr import (
        WorkloadoptimizationV1MetricsExpr,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsScalarOp")


@_attrs_define
class WorkloadoptimizationV1MetricsScalarOp:
    """
    Attributes:
        op (WorkloadoptimizationV1MetricsScalarOpType):
        operand (WorkloadoptimizationV1MetricsExpr):
        scalar (float):
    """

    op: WorkloadoptimizationV1MetricsScalarOpType
    operand: WorkloadoptimizationV1MetricsExpr
    scalar: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        operand = self.operand.to_dict()

        scalar = self.scalar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "operand": operand,
                "scalar": scalar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_expr import (
            WorkloadoptimizationV1MetricsExpr,  # noqa: PLC0415
        )

        d = dict(src_dict)
        op = check_workloadoptimization_v1_metrics_scalar_op_type(d.pop("op"))

        operand = WorkloadoptimizationV1MetricsExpr.from_dict(d.pop("operand"))

        scalar = d.pop("scalar")

        workloadoptimization_v1_metrics_scalar_op = cls(
            op=op,
            operand=operand,
            scalar=scalar,
        )

        workloadoptimization_v1_metrics_scalar_op.additional_properties = d
        return workloadoptimization_v1_metrics_scalar_op

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
