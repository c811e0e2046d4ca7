from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_metrics_group_by_dimension import (
    WorkloadoptimizationV1MetricsGroupByDimension,
    check_workloadoptimization_v1_metrics_group_by_dimension,
)

T = TypeVar("T", bound="WorkloadoptimizationV1MetricsSeriesDimension")


@_attrs_define
class WorkloadoptimizationV1MetricsSeriesDimension:
    """
    Attributes:
        dimension (WorkloadoptimizationV1MetricsGroupByDimension):
        value (str):
    """

    dimension: WorkloadoptimizationV1MetricsGroupByDimension
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension: str = self.dimension

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimension": dimension,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension = check_workloadoptimization_v1_metrics_group_by_dimension(
            d.pop("dimension")
        )

        value = d.pop("value")

        workloadoptimization_v1_metrics_series_dimension = cls(
            dimension=dimension,
            value=value,
        )

        workloadoptimization_v1_metrics_series_dimension.additional_properties = d
        return workloadoptimization_v1_metrics_series_dimension

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
