from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source import (
        WorkloadoptimizationV1CustomMetricsDataSource,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ListCustomMetricsDataSourcesResponse")


@_attrs_define
class WorkloadoptimizationV1ListCustomMetricsDataSourcesResponse:
    """
    Attributes:
        items (list[WorkloadoptimizationV1CustomMetricsDataSource]):
    """

    items: list[WorkloadoptimizationV1CustomMetricsDataSource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source import (
            WorkloadoptimizationV1CustomMetricsDataSource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WorkloadoptimizationV1CustomMetricsDataSource.from_dict(
                items_item_data
            )

            items.append(items_item)

        workloadoptimization_v1_list_custom_metrics_data_sources_response = cls(
            items=items,
        )

        workloadoptimization_v1_list_custom_metrics_data_sources_response.additional_properties = d
        return workloadoptimization_v1_list_custom_metrics_data_sources_response

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
