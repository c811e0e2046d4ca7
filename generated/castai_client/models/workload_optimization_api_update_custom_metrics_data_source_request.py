from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_update_custom_metrics_data_source import (
        WorkloadoptimizationV1UpdateCustomMetricsDataSource,
    )


T = TypeVar("T", bound="WorkloadOptimizationAPIUpdateCustomMetricsDataSourceRequest")


@_attrs_define
class WorkloadOptimizationAPIUpdateCustomMetricsDataSourceRequest:
    """
    Attributes:
        update_mask (str):
        data_source (WorkloadoptimizationV1UpdateCustomMetricsDataSource | Unset):
    """

    update_mask: str
    data_source: WorkloadoptimizationV1UpdateCustomMetricsDataSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_mask = self.update_mask

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updateMask": update_mask,
            }
        )
        if data_source is not UNSET:
            field_dict["dataSource"] = data_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_update_custom_metrics_data_source import (
            WorkloadoptimizationV1UpdateCustomMetricsDataSource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        update_mask = d.pop("updateMask")

        _data_source = d.pop("dataSource", UNSET)
        data_source: WorkloadoptimizationV1UpdateCustomMetricsDataSource | Unset
        if isinstance(_data_source, Unset):
            data_source = UNSET
        else:
            data_source = WorkloadoptimizationV1UpdateCustomMetricsDataSource.from_dict(
                _data_source
            )

        workload_optimization_api_update_custom_metrics_data_source_request = cls(
            update_mask=update_mask,
            data_source=data_source,
        )

        workload_optimization_api_update_custom_metrics_data_source_request.additional_properties = d
        return workload_optimization_api_update_custom_metrics_data_source_request

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
