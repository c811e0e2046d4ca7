from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_input import (
        WorkloadoptimizationV1CustomMetricsDataSourceInput,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1UpdateCustomMetricsDataSource")


@_attrs_define
class WorkloadoptimizationV1UpdateCustomMetricsDataSource:
    """
    Attributes:
        data (WorkloadoptimizationV1CustomMetricsDataSourceInput | Unset):
        name (str | Unset):
    """

    data: WorkloadoptimizationV1CustomMetricsDataSourceInput | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_input import (
            WorkloadoptimizationV1CustomMetricsDataSourceInput,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: WorkloadoptimizationV1CustomMetricsDataSourceInput | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WorkloadoptimizationV1CustomMetricsDataSourceInput.from_dict(_data)

        name = d.pop("name", UNSET)

        workloadoptimization_v1_update_custom_metrics_data_source = cls(
            data=data,
            name=name,
        )

        workloadoptimization_v1_update_custom_metrics_data_source.additional_properties = d
        return workloadoptimization_v1_update_custom_metrics_data_source

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
