from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_system_override_origin import (
    WorkloadoptimizationV1SystemOverrideOrigin,
    check_workloadoptimization_v1_system_override_origin,
)
from ..models.workloadoptimization_v1_system_override_target import (
    WorkloadoptimizationV1SystemOverrideTarget,
    check_workloadoptimization_v1_system_override_target,
)

T = TypeVar("T", bound="WorkloadoptimizationV1SystemOverrideTriggeredEvent")


@_attrs_define
class WorkloadoptimizationV1SystemOverrideTriggeredEvent:
    """
    Attributes:
        origin (WorkloadoptimizationV1SystemOverrideOrigin):
        target (WorkloadoptimizationV1SystemOverrideTarget):
    """

    origin: WorkloadoptimizationV1SystemOverrideOrigin
    target: WorkloadoptimizationV1SystemOverrideTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin: str = self.origin

        target: str = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        origin = check_workloadoptimization_v1_system_override_origin(d.pop("origin"))

        target = check_workloadoptimization_v1_system_override_target(d.pop("target"))

        workloadoptimization_v1_system_override_triggered_event = cls(
            origin=origin,
            target=target,
        )

        workloadoptimization_v1_system_override_triggered_event.additional_properties = d
        return workloadoptimization_v1_system_override_triggered_event

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
