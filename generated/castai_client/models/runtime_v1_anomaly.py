from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runtime_v1_anomaly_status import (
    RuntimeV1AnomalyStatus,
    check_runtime_v1_anomaly_status,
)
from ..models.runtime_v1_close_reason import (
    RuntimeV1CloseReason,
    check_runtime_v1_close_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeV1Anomaly")


@_attrs_define
class RuntimeV1Anomaly:
    """
    Attributes:
        acked_at (datetime.datetime | Unset):
        assigned_user (str | Unset):
        closed_at (datetime.datetime | Unset):
        closed_reason (RuntimeV1CloseReason | Unset):
        closed_reason_description (str | Unset):
        cluster_id (str | Unset):
        created_at (datetime.datetime | Unset):
        id (str | Unset):
        name (str | Unset):
        namespace (str | Unset):
        rule_id (str | Unset):
        status (RuntimeV1AnomalyStatus | Unset):
        type_ (str | Unset):
        updated_at (datetime.datetime | Unset):
        workload (str | Unset):
        workload_id (str | Unset):
        workload_kind (str | Unset):
    """

    acked_at: datetime.datetime | Unset = UNSET
    assigned_user: str | Unset = UNSET
    closed_at: datetime.datetime | Unset = UNSET
    closed_reason: RuntimeV1CloseReason | Unset = UNSET
    closed_reason_description: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    rule_id: str | Unset = UNSET
    status: RuntimeV1AnomalyStatus | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    workload: str | Unset = UNSET
    workload_id: str | Unset = UNSET
    workload_kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acked_at: str | Unset = UNSET
        if not isinstance(self.acked_at, Unset):
            acked_at = self.acked_at.isoformat()

        assigned_user = self.assigned_user

        closed_at: str | Unset = UNSET
        if not isinstance(self.closed_at, Unset):
            closed_at = self.closed_at.isoformat()

        closed_reason: str | Unset = UNSET
        if not isinstance(self.closed_reason, Unset):
            closed_reason = self.closed_reason

        closed_reason_description = self.closed_reason_description

        cluster_id = self.cluster_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        namespace = self.namespace

        rule_id = self.rule_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        workload = self.workload

        workload_id = self.workload_id

        workload_kind = self.workload_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acked_at is not UNSET:
            field_dict["ackedAt"] = acked_at
        if assigned_user is not UNSET:
            field_dict["assignedUser"] = assigned_user
        if closed_at is not UNSET:
            field_dict["closedAt"] = closed_at
        if closed_reason is not UNSET:
            field_dict["closedReason"] = closed_reason
        if closed_reason_description is not UNSET:
            field_dict["closedReasonDescription"] = closed_reason_description
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if workload is not UNSET:
            field_dict["workload"] = workload
        if workload_id is not UNSET:
            field_dict["workloadId"] = workload_id
        if workload_kind is not UNSET:
            field_dict["workloadKind"] = workload_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acked_at = d.pop("ackedAt", UNSET)
        acked_at: datetime.datetime | Unset
        if isinstance(_acked_at, Unset):
            acked_at = UNSET
        else:
            acked_at = datetime.datetime.fromisoformat(_acked_at)

        assigned_user = d.pop("assignedUser", UNSET)

        _closed_at = d.pop("closedAt", UNSET)
        closed_at: datetime.datetime | Unset
        if isinstance(_closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = datetime.datetime.fromisoformat(_closed_at)

        _closed_reason = d.pop("closedReason", UNSET)
        closed_reason: RuntimeV1CloseReason | Unset
        if isinstance(_closed_reason, Unset):
            closed_reason = UNSET
        else:
            closed_reason = check_runtime_v1_close_reason(_closed_reason)

        closed_reason_description = d.pop("closedReasonDescription", UNSET)

        cluster_id = d.pop("clusterId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        rule_id = d.pop("ruleId", UNSET)

        _status = d.pop("status", UNSET)
        status: RuntimeV1AnomalyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_runtime_v1_anomaly_status(_status)

        type_ = d.pop("type", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        workload = d.pop("workload", UNSET)

        workload_id = d.pop("workloadId", UNSET)

        workload_kind = d.pop("workloadKind", UNSET)

        runtime_v1_anomaly = cls(
            acked_at=acked_at,
            assigned_user=assigned_user,
            closed_at=closed_at,
            closed_reason=closed_reason,
            closed_reason_description=closed_reason_description,
            cluster_id=cluster_id,
            created_at=created_at,
            id=id,
            name=name,
            namespace=namespace,
            rule_id=rule_id,
            status=status,
            type_=type_,
            updated_at=updated_at,
            workload=workload,
            workload_id=workload_id,
            workload_kind=workload_kind,
        )

        runtime_v1_anomaly.additional_properties = d
        return runtime_v1_anomaly

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
