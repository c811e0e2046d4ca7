from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_expr import (
        WorkloadoptimizationV1MetricsExpr,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsNamedExpr")


@_attrs_define
class WorkloadoptimizationV1MetricsNamedExpr:
    """
    Attributes:
        expr (WorkloadoptimizationV1MetricsExpr):
        name (str | Unset):
    """

    expr: WorkloadoptimizationV1MetricsExpr
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expr = self.expr.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expr": expr,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_expr import (
            WorkloadoptimizationV1MetricsExpr,  # noqa: PLC0415
        )

        d = dict(src_dict)
        expr = WorkloadoptimizationV1MetricsExpr.from_dict(d.pop("expr"))

        name = d.pop("name", UNSET)

        workloadoptimization_v1_metrics_named_expr = cls(
            expr=expr,
            name=name,
        )

        workloadoptimization_v1_metrics_named_expr.additional_properties = d
        return workloadoptimization_v1_metrics_named_expr

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
