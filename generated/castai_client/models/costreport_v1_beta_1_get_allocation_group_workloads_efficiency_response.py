from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response_workload_item import (
        CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem,
    )


T = TypeVar("T", bound="CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponse")


@_attrs_define
class CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponse:
    """
    Attributes:
        count (str | Unset):
        group_id (str | Unset):
        group_name (str | Unset):
        next_cursor (str | Unset):
        workloads (list[CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem] | Unset):
    """

    count: str | Unset = UNSET
    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    next_cursor: str | Unset = UNSET
    workloads: (
        list[CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        group_id = self.group_id

        group_name = self.group_name

        next_cursor = self.next_cursor

        workloads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workloads, Unset):
            workloads = []
            for workloads_item_data in self.workloads:
                workloads_item = workloads_item_data.to_dict()
                workloads.append(workloads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if workloads is not UNSET:
            field_dict["workloads"] = workloads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response_workload_item import (
            CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        next_cursor = d.pop("nextCursor", UNSET)

        _workloads = d.pop("workloads", UNSET)
        workloads: (
            list[
                CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem
            ]
            | Unset
        ) = UNSET
        if _workloads is not UNSET:
            workloads = []
            for workloads_item_data in _workloads:
                workloads_item = CostreportV1Beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem.from_dict(
                    workloads_item_data
                )

                workloads.append(workloads_item)

        costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response = cls(
            count=count,
            group_id=group_id,
            group_name=group_name,
            next_cursor=next_cursor,
            workloads=workloads,
        )

        costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response.additional_properties = d
        return costreport_v1_beta_1_get_allocation_group_workloads_efficiency_response

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
