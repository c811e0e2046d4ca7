from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduledrebalancing_v1_launch_configuration import (
        ScheduledrebalancingV1LaunchConfiguration,
    )
    from ..models.scheduledrebalancing_v1_rebalancing_job import (
        ScheduledrebalancingV1RebalancingJob,
    )
    from ..models.scheduledrebalancing_v1_schedule import ScheduledrebalancingV1Schedule
    from ..models.scheduledrebalancing_v1_trigger_conditions import (
        ScheduledrebalancingV1TriggerConditions,
    )


T = TypeVar("T", bound="ScheduledrebalancingV1RebalancingSchedule")


@_attrs_define
class ScheduledrebalancingV1RebalancingSchedule:
    """
    Attributes:
        launch_configuration (ScheduledrebalancingV1LaunchConfiguration):
        name (str):
        schedule (ScheduledrebalancingV1Schedule):
        trigger_conditions (ScheduledrebalancingV1TriggerConditions):
        id (str | Unset):
        jobs (list[ScheduledrebalancingV1RebalancingJob] | Unset):
        last_trigger_at (datetime.datetime | None | Unset):
        next_trigger_at (datetime.datetime | Unset):
    """

    launch_configuration: ScheduledrebalancingV1LaunchConfiguration
    name: str
    schedule: ScheduledrebalancingV1Schedule
    trigger_conditions: ScheduledrebalancingV1TriggerConditions
    id: str | Unset = UNSET
    jobs: list[ScheduledrebalancingV1RebalancingJob] | Unset = UNSET
    last_trigger_at: datetime.datetime | None | Unset = UNSET
    next_trigger_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        launch_configuration = self.launch_configuration.to_dict()

        name = self.name

        schedule = self.schedule.to_dict()

        trigger_conditions = self.trigger_conditions.to_dict()

        id = self.id

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        last_trigger_at: None | str | Unset
        if isinstance(self.last_trigger_at, Unset):
            last_trigger_at = UNSET
        elif isinstance(self.last_trigger_at, datetime.datetime):
            last_trigger_at = self.last_trigger_at.isoformat()
        else:
            last_trigger_at = self.last_trigger_at

        next_trigger_at: str | Unset = UNSET
        if not isinstance(self.next_trigger_at, Unset):
            next_trigger_at = self.next_trigger_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "launchConfiguration": launch_configuration,
                "name": name,
                "schedule": schedule,
                "triggerConditions": trigger_conditions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if last_trigger_at is not UNSET:
            field_dict["lastTriggerAt"] = last_trigger_at
        if next_trigger_at is not UNSET:
            field_dict["nextTriggerAt"] = next_trigger_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduledrebalancing_v1_launch_configuration import (
            ScheduledrebalancingV1LaunchConfiguration,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_rebalancing_job import (
            ScheduledrebalancingV1RebalancingJob,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_schedule import (
            ScheduledrebalancingV1Schedule,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_trigger_conditions import (
            ScheduledrebalancingV1TriggerConditions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        launch_configuration = ScheduledrebalancingV1LaunchConfiguration.from_dict(
            d.pop("launchConfiguration")
        )

        name = d.pop("name")

        schedule = ScheduledrebalancingV1Schedule.from_dict(d.pop("schedule"))

        trigger_conditions = ScheduledrebalancingV1TriggerConditions.from_dict(
            d.pop("triggerConditions")
        )

        id = d.pop("id", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[ScheduledrebalancingV1RebalancingJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = ScheduledrebalancingV1RebalancingJob.from_dict(
                    jobs_item_data
                )

                jobs.append(jobs_item)

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

        _next_trigger_at = d.pop("nextTriggerAt", UNSET)
        next_trigger_at: datetime.datetime | Unset
        if isinstance(_next_trigger_at, Unset):
            next_trigger_at = UNSET
        else:
            next_trigger_at = datetime.datetime.fromisoformat(_next_trigger_at)

        scheduledrebalancing_v1_rebalancing_schedule = cls(
            launch_configuration=launch_configuration,
            name=name,
            schedule=schedule,
            trigger_conditions=trigger_conditions,
            id=id,
            jobs=jobs,
            last_trigger_at=last_trigger_at,
            next_trigger_at=next_trigger_at,
        )

        scheduledrebalancing_v1_rebalancing_schedule.additional_properties = d
        return scheduledrebalancing_v1_rebalancing_schedule

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
