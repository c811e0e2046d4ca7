from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduledrebalancing_v1_launch_configuration import (
        ScheduledrebalancingV1LaunchConfiguration,
    )
    from ..models.scheduledrebalancing_v1_schedule import ScheduledrebalancingV1Schedule
    from ..models.scheduledrebalancing_v1_trigger_conditions import (
        ScheduledrebalancingV1TriggerConditions,
    )


T = TypeVar("T", bound="ScheduledrebalancingV1RebalancingScheduleUpdate")


@_attrs_define
class ScheduledrebalancingV1RebalancingScheduleUpdate:
    """
    Attributes:
        launch_configuration (ScheduledrebalancingV1LaunchConfiguration | Unset):
        name (str | Unset):
        schedule (ScheduledrebalancingV1Schedule | Unset):
        trigger_conditions (ScheduledrebalancingV1TriggerConditions | Unset):
    """

    launch_configuration: ScheduledrebalancingV1LaunchConfiguration | Unset = UNSET
    name: str | Unset = UNSET
    schedule: ScheduledrebalancingV1Schedule | Unset = UNSET
    trigger_conditions: ScheduledrebalancingV1TriggerConditions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        launch_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.launch_configuration, Unset):
            launch_configuration = self.launch_configuration.to_dict()

        name = self.name

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        trigger_conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_conditions, Unset):
            trigger_conditions = self.trigger_conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if launch_configuration is not UNSET:
            field_dict["launchConfiguration"] = launch_configuration
        if name is not UNSET:
            field_dict["name"] = name
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if trigger_conditions is not UNSET:
            field_dict["triggerConditions"] = trigger_conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduledrebalancing_v1_launch_configuration import (
            ScheduledrebalancingV1LaunchConfiguration,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_schedule import (
            ScheduledrebalancingV1Schedule,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_trigger_conditions import (
            ScheduledrebalancingV1TriggerConditions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _launch_configuration = d.pop("launchConfiguration", UNSET)
        launch_configuration: ScheduledrebalancingV1LaunchConfiguration | Unset
        if isinstance(_launch_configuration, Unset):
            launch_configuration = UNSET
        else:
            launch_configuration = ScheduledrebalancingV1LaunchConfiguration.from_dict(
                _launch_configuration
            )

        name = d.pop("name", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: ScheduledrebalancingV1Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = ScheduledrebalancingV1Schedule.from_dict(_schedule)

        _trigger_conditions = d.pop("triggerConditions", UNSET)
        trigger_conditions: ScheduledrebalancingV1TriggerConditions | Unset
        if isinstance(_trigger_conditions, Unset):
            trigger_conditions = UNSET
        else:
            trigger_conditions = ScheduledrebalancingV1TriggerConditions.from_dict(
                _trigger_conditions
            )

        scheduledrebalancing_v1_rebalancing_schedule_update = cls(
            launch_configuration=launch_configuration,
            name=name,
            schedule=schedule,
            trigger_conditions=trigger_conditions,
        )

        scheduledrebalancing_v1_rebalancing_schedule_update.additional_properties = d
        return scheduledrebalancing_v1_rebalancing_schedule_update

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
