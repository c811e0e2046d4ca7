from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_item import (
        CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem,
    )


T = TypeVar(
    "T",
    bound="CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem",
)


@_attrs_define
class CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem:
    """
    Attributes:
        group_id (str | Unset):
        group_name (str | Unset):
        items (list[CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem] | Unset):
        workload_count (str | Unset):
    """

    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    items: (
        list[CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem]
        | Unset
    ) = UNSET
    workload_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name = self.group_name

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        workload_count = self.workload_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if items is not UNSET:
            field_dict["items"] = items
        if workload_count is not UNSET:
            field_dict["workloadCount"] = workload_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_item import (
            CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        _items = d.pop("items", UNSET)
        items: (
            list[
                CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem
            ]
            | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem.from_dict(
                    items_item_data
                )

                items.append(items_item)

        workload_count = d.pop("workloadCount", UNSET)

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_allocation_group_item = cls(
            group_id=group_id,
            group_name=group_name,
            items=items,
            workload_count=workload_count,
        )

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_allocation_group_item.additional_properties = d
        return costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_allocation_group_item

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
