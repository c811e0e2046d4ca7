from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_filter_expr import (
        WorkloadoptimizationV1MetricsFilterExpr,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsFilterAnd")


@_attrs_define
class WorkloadoptimizationV1MetricsFilterAnd:
    """
    Attributes:
        children (list[WorkloadoptimizationV1MetricsFilterExpr]):
    """

    children: list[WorkloadoptimizationV1MetricsFilterExpr]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "children": children,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_filter_expr import (
            WorkloadoptimizationV1MetricsFilterExpr,  # noqa: PLC0415
        )

        d = dict(src_dict)
        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = WorkloadoptimizationV1MetricsFilterExpr.from_dict(
                children_item_data
            )

            children.append(children_item)

        workloadoptimization_v1_metrics_filter_and = cls(
            children=children,
        )

        workloadoptimization_v1_metrics_filter_and.additional_properties = d
        return workloadoptimization_v1_metrics_filter_and

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
