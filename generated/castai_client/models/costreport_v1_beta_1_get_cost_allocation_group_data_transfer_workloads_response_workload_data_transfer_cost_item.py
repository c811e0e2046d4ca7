from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem",
)


@_attrs_define
class CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem:
    """
    Attributes:
        cloud_api_bytes (str | Unset):
        cloud_api_cost (str | Unset):
        inter_region_bytes (str | Unset):
        inter_region_cost (str | Unset):
        inter_zone_bytes (str | Unset):
        inter_zone_cost (str | Unset):
        internet_bytes (str | Unset):
        internet_cost (str | Unset):
        intra_zone_bytes (str | Unset):
        intra_zone_cost (str | Unset):
    """

    cloud_api_bytes: str | Unset = UNSET
    cloud_api_cost: str | Unset = UNSET
    inter_region_bytes: str | Unset = UNSET
    inter_region_cost: str | Unset = UNSET
    inter_zone_bytes: str | Unset = UNSET
    inter_zone_cost: str | Unset = UNSET
    internet_bytes: str | Unset = UNSET
    internet_cost: str | Unset = UNSET
    intra_zone_bytes: str | Unset = UNSET
    intra_zone_cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_api_bytes = self.cloud_api_bytes

        cloud_api_cost = self.cloud_api_cost

        inter_region_bytes = self.inter_region_bytes

        inter_region_cost = self.inter_region_cost

        inter_zone_bytes = self.inter_zone_bytes

        inter_zone_cost = self.inter_zone_cost

        internet_bytes = self.internet_bytes

        internet_cost = self.internet_cost

        intra_zone_bytes = self.intra_zone_bytes

        intra_zone_cost = self.intra_zone_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud_api_bytes is not UNSET:
            field_dict["cloudApiBytes"] = cloud_api_bytes
        if cloud_api_cost is not UNSET:
            field_dict["cloudApiCost"] = cloud_api_cost
        if inter_region_bytes is not UNSET:
            field_dict["interRegionBytes"] = inter_region_bytes
        if inter_region_cost is not UNSET:
            field_dict["interRegionCost"] = inter_region_cost
        if inter_zone_bytes is not UNSET:
            field_dict["interZoneBytes"] = inter_zone_bytes
        if inter_zone_cost is not UNSET:
            field_dict["interZoneCost"] = inter_zone_cost
        if internet_bytes is not UNSET:
            field_dict["internetBytes"] = internet_bytes
        if internet_cost is not UNSET:
            field_dict["internetCost"] = internet_cost
        if intra_zone_bytes is not UNSET:
            field_dict["intraZoneBytes"] = intra_zone_bytes
        if intra_zone_cost is not UNSET:
            field_dict["intraZoneCost"] = intra_zone_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_api_bytes = d.pop("cloudApiBytes", UNSET)

        cloud_api_cost = d.pop("cloudApiCost", UNSET)

        inter_region_bytes = d.pop("interRegionBytes", UNSET)

        inter_region_cost = d.pop("interRegionCost", UNSET)

        inter_zone_bytes = d.pop("interZoneBytes", UNSET)

        inter_zone_cost = d.pop("interZoneCost", UNSET)

        internet_bytes = d.pop("internetBytes", UNSET)

        internet_cost = d.pop("internetCost", UNSET)

        intra_zone_bytes = d.pop("intraZoneBytes", UNSET)

        intra_zone_cost = d.pop("intraZoneCost", UNSET)

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_data_transfer_cost_item = cls(
            cloud_api_bytes=cloud_api_bytes,
            cloud_api_cost=cloud_api_cost,
            inter_region_bytes=inter_region_bytes,
            inter_region_cost=inter_region_cost,
            inter_zone_bytes=inter_zone_bytes,
            inter_zone_cost=inter_zone_cost,
            internet_bytes=internet_bytes,
            internet_cost=internet_cost,
            intra_zone_bytes=intra_zone_bytes,
            intra_zone_cost=intra_zone_cost,
        )

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_data_transfer_cost_item.additional_properties = d
        return costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_data_transfer_cost_item

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
