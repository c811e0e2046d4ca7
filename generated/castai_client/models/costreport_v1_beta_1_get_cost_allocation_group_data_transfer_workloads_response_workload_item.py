from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_data_transfer_cost_item import (
        CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem,
    )


T = TypeVar(
    "T",
    bound="CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadItem",
)


@_attrs_define
class CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadItem:
    """
    Attributes:
        egress_metrics (CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem
            | Unset):
        ingress_metrics
            (CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem | Unset):
        namespace (str | Unset):
        pod_count (str | Unset):
        workload_name (str | Unset):
        workload_type (str | Unset):
    """

    egress_metrics: (
        CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem
        | Unset
    ) = UNSET
    ingress_metrics: (
        CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem
        | Unset
    ) = UNSET
    namespace: str | Unset = UNSET
    pod_count: str | Unset = UNSET
    workload_name: str | Unset = UNSET
    workload_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        egress_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.egress_metrics, Unset):
            egress_metrics = self.egress_metrics.to_dict()

        ingress_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingress_metrics, Unset):
            ingress_metrics = self.ingress_metrics.to_dict()

        namespace = self.namespace

        pod_count = self.pod_count

        workload_name = self.workload_name

        workload_type = self.workload_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if egress_metrics is not UNSET:
            field_dict["egressMetrics"] = egress_metrics
        if ingress_metrics is not UNSET:
            field_dict["ingressMetrics"] = ingress_metrics
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if pod_count is not UNSET:
            field_dict["podCount"] = pod_count
        if workload_name is not UNSET:
            field_dict["workloadName"] = workload_name
        if workload_type is not UNSET:
            field_dict["workloadType"] = workload_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_data_transfer_cost_item import (
            CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _egress_metrics = d.pop("egressMetrics", UNSET)
        egress_metrics: (
            CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem
            | Unset
        )
        if isinstance(_egress_metrics, Unset):
            egress_metrics = UNSET
        else:
            egress_metrics = CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem.from_dict(
                _egress_metrics
            )

        _ingress_metrics = d.pop("ingressMetrics", UNSET)
        ingress_metrics: (
            CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem
            | Unset
        )
        if isinstance(_ingress_metrics, Unset):
            ingress_metrics = UNSET
        else:
            ingress_metrics = CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem.from_dict(
                _ingress_metrics
            )

        namespace = d.pop("namespace", UNSET)

        pod_count = d.pop("podCount", UNSET)

        workload_name = d.pop("workloadName", UNSET)

        workload_type = d.pop("workloadType", UNSET)

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_item = cls(
            egress_metrics=egress_metrics,
            ingress_metrics=ingress_metrics,
            namespace=namespace,
            pod_count=pod_count,
            workload_name=workload_name,
            workload_type=workload_type,
        )

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_item.additional_properties = d
        return costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_workload_item

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
