from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_event_type import (
    WorkloadoptimizationV1EventType,
    check_workloadoptimization_v1_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_event import WorkloadoptimizationV1Event
    from ..models.workloadoptimization_v1_initiated_by import (
        WorkloadoptimizationV1InitiatedBy,
    )
    from ..models.workloadoptimization_v1_workload_event_workload import (
        WorkloadoptimizationV1WorkloadEventWorkload,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadEvent")


@_attrs_define
class WorkloadoptimizationV1WorkloadEvent:
    """
    Attributes:
        cluster_id (str):
        created_at (datetime.datetime):
        event (WorkloadoptimizationV1Event):
        id (str):
        organization_id (str):
        type_ (WorkloadoptimizationV1EventType):
        initiated_by (WorkloadoptimizationV1InitiatedBy | Unset):
        workloads (list[WorkloadoptimizationV1WorkloadEventWorkload] | Unset):
    """

    cluster_id: str
    created_at: datetime.datetime
    event: WorkloadoptimizationV1Event
    id: str
    organization_id: str
    type_: WorkloadoptimizationV1EventType
    initiated_by: WorkloadoptimizationV1InitiatedBy | Unset = UNSET
    workloads: list[WorkloadoptimizationV1WorkloadEventWorkload] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        created_at = self.created_at.isoformat()

        event = self.event.to_dict()

        id = self.id

        organization_id = self.organization_id

        type_: str = self.type_

        initiated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initiated_by, Unset):
            initiated_by = self.initiated_by.to_dict()

        workloads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workloads, Unset):
            workloads = []
            for workloads_item_data in self.workloads:
                workloads_item = workloads_item_data.to_dict()
                workloads.append(workloads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "createdAt": created_at,
                "event": event,
                "id": id,
                "organizationId": organization_id,
                "type": type_,
            }
        )
        if initiated_by is not UNSET:
            field_dict["initiatedBy"] = initiated_by
        if workloads is not UNSET:
            field_dict["workloads"] = workloads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_event import WorkloadoptimizationV1Event  # noqa: PLC0415
        from ..models.workloadoptimization_v1_initiated_by import (
            WorkloadoptimizationV1InitiatedBy,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_event_workload import (
            WorkloadoptimizationV1WorkloadEventWorkload,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        event = WorkloadoptimizationV1Event.from_dict(d.pop("event"))

        id = d.pop("id")

        organization_id = d.pop("organizationId")

        type_ = check_workloadoptimization_v1_event_type(d.pop("type"))

        _initiated_by = d.pop("initiatedBy", UNSET)
        initiated_by: WorkloadoptimizationV1InitiatedBy | Unset
        if isinstance(_initiated_by, Unset):
            initiated_by = UNSET
        else:
            initiated_by = WorkloadoptimizationV1InitiatedBy.from_dict(_initiated_by)

        _workloads = d.pop("workloads", UNSET)
        workloads: list[WorkloadoptimizationV1WorkloadEventWorkload] | Unset = UNSET
        if _workloads is not UNSET:
            workloads = []
            for workloads_item_data in _workloads:
                workloads_item = WorkloadoptimizationV1WorkloadEventWorkload.from_dict(
                    workloads_item_data
                )

                workloads.append(workloads_item)

        workloadoptimization_v1_workload_event = cls(
            cluster_id=cluster_id,
            created_at=created_at,
            event=event,
            id=id,
            organization_id=organization_id,
            type_=type_,
            initiated_by=initiated_by,
            workloads=workloads,
        )

        workloadoptimization_v1_workload_event.additional_properties = d
        return workloadoptimization_v1_workload_event

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
