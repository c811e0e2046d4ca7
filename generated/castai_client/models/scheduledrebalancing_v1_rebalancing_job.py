from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduledrebalancing_v1_job_status import (
    ScheduledrebalancingV1JobStatus,
    check_scheduledrebalancing_v1_job_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledrebalancingV1RebalancingJob")


@_attrs_define
class ScheduledrebalancingV1RebalancingJob:
    """
    Attributes:
        rebalancing_schedule_id (str):
        cluster_id (str | Unset):
        enabled (bool | None | Unset):
        id (str | Unset):
        last_trigger_at (datetime.datetime | None | Unset):
        next_trigger_at (datetime.datetime | None | Unset):
        rebalancing_plan_id (str | Unset):
        status (ScheduledrebalancingV1JobStatus | Unset):
    """

    rebalancing_schedule_id: str
    cluster_id: str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    id: str | Unset = UNSET
    last_trigger_at: datetime.datetime | None | Unset = UNSET
    next_trigger_at: datetime.datetime | None | Unset = UNSET
    rebalancing_plan_id: str | Unset = UNSET
    status: ScheduledrebalancingV1JobStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rebalancing_schedule_id = self.rebalancing_schedule_id

        cluster_id = self.cluster_id

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        id = self.id

        last_trigger_at: None | str | Unset
        if isinstance(self.last_trigger_at, Unset):
            last_trigger_at = UNSET
        elif isinstance(self.last_trigger_at, datetime.datetime):
            last_trigger_at = self.last_trigger_at.isoformat()
        else:
            last_trigger_at = self.last_trigger_at

        next_trigger_at: None | str | Unset
        if isinstance(self.next_trigger_at, Unset):
            next_trigger_at = UNSET
        elif isinstance(self.next_trigger_at, datetime.datetime):
            next_trigger_at = self.next_trigger_at.isoformat()
        else:
            next_trigger_at = self.next_trigger_at

        rebalancing_plan_id = self.rebalancing_plan_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rebalancingScheduleId": rebalancing_schedule_id,
            }
        )
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if id is not UNSET:
            field_dict["id"] = id
        if last_trigger_at is not UNSET:
            field_dict["lastTriggerAt"] = last_trigger_at
        if next_trigger_at is not UNSET:
            field_dict["nextTriggerAt"] = next_trigger_at
        if rebalancing_plan_id is not UNSET:
            field_dict["rebalancingPlanId"] = rebalancing_plan_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rebalancing_schedule_id = d.pop("rebalancingScheduleId")

        cluster_id = d.pop("clusterId", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        id = d.pop("id", UNSET)

        def _parse_last_trigger_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_trigger_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_trigger_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_trigger_at = _parse_last_trigger_at(d.pop("lastTriggerAt", UNSET))

        def _parse_next_trigger_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_trigger_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_trigger_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_trigger_at = _parse_next_trigger_at(d.pop("nextTriggerAt", UNSET))

        rebalancing_plan_id = d.pop("rebalancingPlanId", UNSET)

        _status = d.pop("status", UNSET)
        status: ScheduledrebalancingV1JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_scheduledrebalancing_v1_job_status(_status)

        scheduledrebalancing_v1_rebalancing_job = cls(
            rebalancing_schedule_id=rebalancing_schedule_id,
            cluster_id=cluster_id,
            enabled=enabled,
            id=id,
            last_trigger_at=last_trigger_at,
            next_trigger_at=next_trigger_at,
            rebalancing_plan_id=rebalancing_plan_id,
            status=status,
        )

        scheduledrebalancing_v1_rebalancing_job.additional_properties = d
        return scheduledrebalancing_v1_rebalancing_job

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
