from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.costreport_v1_beta_1_no_data_reason import (
    CostreportV1Beta1NoDataReason,
    check_costreport_v1_beta_1_no_data_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_cluster_details import (
        CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails,
    )


T = TypeVar(
    "T", bound="CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponse"
)


@_attrs_define
class CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponse:
    """
    Attributes:
        clusters (list[CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails] | Unset):
        group_id (str | Unset):
        group_name (str | Unset):
        no_data_reason (CostreportV1Beta1NoDataReason | Unset):
    """

    clusters: (
        list[
            CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails
        ]
        | Unset
    ) = UNSET
    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    no_data_reason: CostreportV1Beta1NoDataReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

        group_id = self.group_id

        group_name = self.group_name

        no_data_reason: str | Unset = UNSET
        if not isinstance(self.no_data_reason, Unset):
            no_data_reason = self.no_data_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if no_data_reason is not UNSET:
            field_dict["noDataReason"] = no_data_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response_cluster_details import (
            CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _clusters = d.pop("clusters", UNSET)
        clusters: (
            list[
                CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails
            ]
            | Unset
        ) = UNSET
        if _clusters is not UNSET:
            clusters = []
            for clusters_item_data in _clusters:
                clusters_item = CostreportV1Beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails.from_dict(
                    clusters_item_data
                )

                clusters.append(clusters_item)

        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        _no_data_reason = d.pop("noDataReason", UNSET)
        no_data_reason: CostreportV1Beta1NoDataReason | Unset
        if isinstance(_no_data_reason, Unset):
            no_data_reason = UNSET
        else:
            no_data_reason = check_costreport_v1_beta_1_no_data_reason(_no_data_reason)

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response = cls(
            clusters=clusters,
            group_id=group_id,
            group_name=group_name,
            no_data_reason=no_data_reason,
        )

        costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response.additional_properties = d
        return costreport_v1_beta_1_get_cost_allocation_group_data_transfer_workloads_response

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
