from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_point import (
        WorkloadoptimizationV1MetricsPoint,
    )
    from ..models.workloadoptimization_v1_metrics_series_dimension import (
        WorkloadoptimizationV1MetricsSeriesDimension,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsSeries")


@_attrs_define
class WorkloadoptimizationV1MetricsSeries:
    """
    Attributes:
        dimensions (list[WorkloadoptimizationV1MetricsSeriesDimension]):
        expr_name (str):
        points (list[WorkloadoptimizationV1MetricsPoint]):
    """

    dimensions: list[WorkloadoptimizationV1MetricsSeriesDimension]
    expr_name: str
    points: list[WorkloadoptimizationV1MetricsPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions = []
        for dimensions_item_data in self.dimensions:
            dimensions_item = dimensions_item_data.to_dict()
            dimensions.append(dimensions_item)

        expr_name = self.expr_name

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "exprName": expr_name,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_point import (
            WorkloadoptimizationV1MetricsPoint,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_series_dimension import (
            WorkloadoptimizationV1MetricsSeriesDimension,  # noqa: PLC0415
        )

        d = dict(src_dict)
        dimensions = []
        _dimensions = d.pop("dimensions")
        for dimensions_item_data in _dimensions:
            dimensions_item = WorkloadoptimizationV1MetricsSeriesDimension.from_dict(
                dimensions_item_data
            )

            dimensions.append(dimensions_item)

        expr_name = d.pop("exprName")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = WorkloadoptimizationV1MetricsPoint.from_dict(points_item_data)

            points.append(points_item)

        workloadoptimization_v1_metrics_series = cls(
            dimensions=dimensions,
            expr_name=expr_name,
            points=points,
        )

        workloadoptimization_v1_metrics_series.additional_properties = d
        return workloadoptimization_v1_metrics_series

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
