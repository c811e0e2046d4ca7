from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_allocation_group_item import (
        CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem,
    )


T = TypeVar(
    "T", bound="CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponse"
)


@_attrs_define
class CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponse:
    """
    Attributes:
        groups (list[CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem] |
            Unset):
    """

    groups: (
        list[
            CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_allocation_group_item import (
            CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _groups = d.pop("groups", UNSET)
        groups: (
            list[
                CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem
            ]
            | Unset
        ) = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem.from_dict(
                    groups_item_data
                )

                groups.append(groups_item)

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response = cls(
            groups=groups,
        )

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response.additional_properties = d
        return costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response

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
