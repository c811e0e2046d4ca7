from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_get_agent_status_response import (
        WorkloadoptimizationV1GetAgentStatusResponse,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetOrganizationAgentStatusesResponse")


@_attrs_define
class WorkloadoptimizationV1GetOrganizationAgentStatusesResponse:
    """
    Attributes:
        cluster_agent_statuses (list[WorkloadoptimizationV1GetAgentStatusResponse]):
    """

    cluster_agent_statuses: list[WorkloadoptimizationV1GetAgentStatusResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_agent_statuses = []
        for cluster_agent_statuses_item_data in self.cluster_agent_statuses:
            cluster_agent_statuses_item = cluster_agent_statuses_item_data.to_dict()
            cluster_agent_statuses.append(cluster_agent_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterAgentStatuses": cluster_agent_statuses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_get_agent_status_response import (
            WorkloadoptimizationV1GetAgentStatusResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_agent_statuses = []
        _cluster_agent_statuses = d.pop("clusterAgentStatuses")
        for cluster_agent_statuses_item_data in _cluster_agent_statuses:
            cluster_agent_statuses_item = (
                WorkloadoptimizationV1GetAgentStatusResponse.from_dict(
                    cluster_agent_statuses_item_data
                )
            )

            cluster_agent_statuses.append(cluster_agent_statuses_item)

        workloadoptimization_v1_get_organization_agent_statuses_response = cls(
            cluster_agent_statuses=cluster_agent_statuses,
        )

        workloadoptimization_v1_get_organization_agent_statuses_response.additional_properties = d
        return workloadoptimization_v1_get_organization_agent_statuses_response

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
