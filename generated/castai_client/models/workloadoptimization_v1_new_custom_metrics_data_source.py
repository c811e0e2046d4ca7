from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_custom_metrics_data_source_type import (
    WorkloadoptimizationV1CustomMetricsDataSourceType,
    check_workloadoptimization_v1_custom_metrics_data_source_type,
)

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_input import (
        WorkloadoptimizationV1CustomMetricsDataSourceInput,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1NewCustomMetricsDataSource")


@_attrs_define
class WorkloadoptimizationV1NewCustomMetricsDataSource:
    """
    Attributes:
        data (WorkloadoptimizationV1CustomMetricsDataSourceInput):
        name (str):
        type_ (WorkloadoptimizationV1CustomMetricsDataSourceType):
    """

    data: WorkloadoptimizationV1CustomMetricsDataSourceInput
    name: str
    type_: WorkloadoptimizationV1CustomMetricsDataSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        name = self.name

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_input import (
            WorkloadoptimizationV1CustomMetricsDataSourceInput,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = WorkloadoptimizationV1CustomMetricsDataSourceInput.from_dict(
            d.pop("data")
        )

        name = d.pop("name")

        type_ = check_workloadoptimization_v1_custom_metrics_data_source_type(
            d.pop("type")
        )

        workloadoptimization_v1_new_custom_metrics_data_source = cls(
            data=data,
            name=name,
            type_=type_,
        )

        workloadoptimization_v1_new_custom_metrics_data_source.additional_properties = d
        return workloadoptimization_v1_new_custom_metrics_data_source

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
