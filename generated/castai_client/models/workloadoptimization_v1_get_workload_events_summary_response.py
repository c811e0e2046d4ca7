from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_event_type_summary import (
        WorkloadoptimizationV1EventTypeSummary,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadEventsSummaryResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadEventsSummaryResponse:
    """
    Attributes:
        items (list[WorkloadoptimizationV1EventTypeSummary]):
        total_count (int):
    """

    items: list[WorkloadoptimizationV1EventTypeSummary]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_event_type_summary import (
            WorkloadoptimizationV1EventTypeSummary,  # noqa: PLC0415
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WorkloadoptimizationV1EventTypeSummary.from_dict(
                items_item_data
            )

            items.append(items_item)

        total_count = d.pop("totalCount")

        workloadoptimization_v1_get_workload_events_summary_response = cls(
            items=items,
            total_count=total_count,
        )

        workloadoptimization_v1_get_workload_events_summary_response.additional_properties = d
        return workloadoptimization_v1_get_workload_events_summary_response

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
