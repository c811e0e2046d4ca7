from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_data_transfer_cost_item import (
        CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem,
    )


T = TypeVar(
    "T",
    bound="CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem",
)


@_attrs_define
class CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem:
    """
    Attributes:
        egress_metrics (CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem | Unset):
        ingress_metrics (CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem |
            Unset):
        timestamp (datetime.datetime | Unset):
    """

    egress_metrics: (
        CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem
        | Unset
    ) = UNSET
    ingress_metrics: (
        CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem
        | Unset
    ) = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        egress_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.egress_metrics, Unset):
            egress_metrics = self.egress_metrics.to_dict()

        ingress_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingress_metrics, Unset):
            ingress_metrics = self.ingress_metrics.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if egress_metrics is not UNSET:
            field_dict["egressMetrics"] = egress_metrics
        if ingress_metrics is not UNSET:
            field_dict["ingressMetrics"] = ingress_metrics
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_data_transfer_cost_item import (
            CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _egress_metrics = d.pop("egressMetrics", UNSET)
        egress_metrics: (
            CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem
            | Unset
        )
        if isinstance(_egress_metrics, Unset):
            egress_metrics = UNSET
        else:
            egress_metrics = CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem.from_dict(
                _egress_metrics
            )

        _ingress_metrics = d.pop("ingressMetrics", UNSET)
        ingress_metrics: (
            CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem
            | Unset
        )
        if isinstance(_ingress_metrics, Unset):
            ingress_metrics = UNSET
        else:
            ingress_metrics = CostreportV1Beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem.from_dict(
                _ingress_metrics
            )

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_item = cls(
            egress_metrics=egress_metrics,
            ingress_metrics=ingress_metrics,
            timestamp=timestamp,
        )

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_item.additional_properties = d
        return costreport_v1_beta_1_get_cost_allocation_group_data_transfer_summary_response_cost_item

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
