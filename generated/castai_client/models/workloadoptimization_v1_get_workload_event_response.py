from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_workload_event import (
        WorkloadoptimizationV1WorkloadEvent,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadEventResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadEventResponse:
    """
    Attributes:
        event (WorkloadoptimizationV1WorkloadEvent):
    """

    event: WorkloadoptimizationV1WorkloadEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_workload_event import (
            WorkloadoptimizationV1WorkloadEvent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        event = WorkloadoptimizationV1WorkloadEvent.from_dict(d.pop("event"))

        workloadoptimization_v1_get_workload_event_response = cls(
            event=event,
        )

        workloadoptimization_v1_get_workload_event_response.additional_properties = d
        return workloadoptimization_v1_get_workload_event_response

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
