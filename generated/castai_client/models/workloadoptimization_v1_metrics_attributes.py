from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_metrics_group_by_dimension import (
    WorkloadoptimizationV1MetricsGroupByDimension,
    check_workloadoptimization_v1_metrics_group_by_dimension,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1MetricsAttributes")


@_attrs_define
class WorkloadoptimizationV1MetricsAttributes:
    """
    Attributes:
        group_by (list[WorkloadoptimizationV1MetricsGroupByDimension] | Unset):
        startup_period (None | str | Unset):
        step (None | str | Unset):
        timezone (None | str | Unset):
    """

    group_by: list[WorkloadoptimizationV1MetricsGroupByDimension] | Unset = UNSET
    startup_period: None | str | Unset = UNSET
    step: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = []
            for group_by_item_data in self.group_by:
                group_by_item: str = group_by_item_data
                group_by.append(group_by_item)

        startup_period: None | str | Unset
        if isinstance(self.startup_period, Unset):
            startup_period = UNSET
        else:
            startup_period = self.startup_period

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
        if startup_period is not UNSET:
            field_dict["startupPeriod"] = startup_period
        if step is not UNSET:
            field_dict["step"] = step
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _group_by = d.pop("groupBy", UNSET)
        group_by: list[WorkloadoptimizationV1MetricsGroupByDimension] | Unset = UNSET
        if _group_by is not UNSET:
            group_by = []
            for group_by_item_data in _group_by:
                group_by_item = (
                    check_workloadoptimization_v1_metrics_group_by_dimension(
                        group_by_item_data
                    )
                )

                group_by.append(group_by_item)

        def _parse_startup_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        startup_period = _parse_startup_period(d.pop("startupPeriod", UNSET))

        def _parse_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        workloadoptimization_v1_metrics_attributes = cls(
            group_by=group_by,
            startup_period=startup_period,
            step=step,
            timezone=timezone,
        )

        workloadoptimization_v1_metrics_attributes.additional_properties = d
        return workloadoptimization_v1_metrics_attributes

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
