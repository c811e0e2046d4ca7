from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_binary_op import (
        WorkloadoptimizationV1MetricsBinaryOp,
    )
    from ..models.workloadoptimization_v1_metrics_metric_ref import (
        WorkloadoptimizationV1MetricsMetricRef,
    )
    from ..models.workloadoptimization_v1_metrics_scalar_op import (
        WorkloadoptimizationV1MetricsScalarOp,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsExpr")


@_attrs_define
class WorkloadoptimizationV1MetricsExpr:
    """
    Attributes:
        binary_op (WorkloadoptimizationV1MetricsBinaryOp | Unset):
        metric_ref (WorkloadoptimizationV1MetricsMetricRef | Unset):
        scalar_op (WorkloadoptimizationV1MetricsScalarOp | Unset):
    """

    binary_op: WorkloadoptimizationV1MetricsBinaryOp | Unset = UNSET
    metric_ref: WorkloadoptimizationV1MetricsMetricRef | Unset = UNSET
    scalar_op: WorkloadoptimizationV1MetricsScalarOp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        binary_op: dict[str, Any] | Unset = UNSET
        if not isinstance(self.binary_op, Unset):
            binary_op = self.binary_op.to_dict()

        metric_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric_ref, Unset):
            metric_ref = self.metric_ref.to_dict()

        scalar_op: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scalar_op, Unset):
            scalar_op = self.scalar_op.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if binary_op is not UNSET:
            field_dict["binaryOp"] = binary_op
        if metric_ref is not UNSET:
            field_dict["metricRef"] = metric_ref
        if scalar_op is not UNSET:
            field_dict["scalarOp"] = scalar_op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_binary_op import (
            WorkloadoptimizationV1MetricsBinaryOp,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_metric_ref import (
            WorkloadoptimizationV1MetricsMetricRef,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_scalar_op import (
            WorkloadoptimizationV1MetricsScalarOp,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _binary_op = d.pop("binaryOp", UNSET)
        binary_op: WorkloadoptimizationV1MetricsBinaryOp | Unset
        if isinstance(_binary_op, Unset):
            binary_op = UNSET
        else:
            binary_op = WorkloadoptimizationV1MetricsBinaryOp.from_dict(_binary_op)

        _metric_ref = d.pop("metricRef", UNSET)
        metric_ref: WorkloadoptimizationV1MetricsMetricRef | Unset
        if isinstance(_metric_ref, Unset):
            metric_ref = UNSET
        else:
            metric_ref = WorkloadoptimizationV1MetricsMetricRef.from_dict(_metric_ref)

        _scalar_op = d.pop("scalarOp", UNSET)
        scalar_op: WorkloadoptimizationV1MetricsScalarOp | Unset
        if isinstance(_scalar_op, Unset):
            scalar_op = UNSET
        else:
            scalar_op = WorkloadoptimizationV1MetricsScalarOp.from_dict(_scalar_op)

        workloadoptimization_v1_metrics_expr = cls(
            binary_op=binary_op,
            metric_ref=metric_ref,
            scalar_op=scalar_op,
        )

        workloadoptimization_v1_metrics_expr.additional_properties = d
        return workloadoptimization_v1_metrics_expr

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
