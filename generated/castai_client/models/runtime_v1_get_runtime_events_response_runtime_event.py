from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_get_runtime_events_response_runtime_event_raw_event import (
        RuntimeV1GetRuntimeEventsResponseRuntimeEventRawEvent,
    )


T = TypeVar("T", bound="RuntimeV1GetRuntimeEventsResponseRuntimeEvent")


@_attrs_define
class RuntimeV1GetRuntimeEventsResponseRuntimeEvent:
    """
    Attributes:
        event_name (str | Unset):
        raw_event (RuntimeV1GetRuntimeEventsResponseRuntimeEventRawEvent | Unset):
    """

    event_name: str | Unset = UNSET
    raw_event: RuntimeV1GetRuntimeEventsResponseRuntimeEventRawEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name = self.event_name

        raw_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_event, Unset):
            raw_event = self.raw_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if raw_event is not UNSET:
            field_dict["rawEvent"] = raw_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_get_runtime_events_response_runtime_event_raw_event import (
            RuntimeV1GetRuntimeEventsResponseRuntimeEventRawEvent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        event_name = d.pop("eventName", UNSET)

        _raw_event = d.pop("rawEvent", UNSET)
        raw_event: RuntimeV1GetRuntimeEventsResponseRuntimeEventRawEvent | Unset
        if isinstance(_raw_event, Unset):
            raw_event = UNSET
        else:
            raw_event = RuntimeV1GetRuntimeEventsResponseRuntimeEventRawEvent.from_dict(
                _raw_event
            )

        runtime_v1_get_runtime_events_response_runtime_event = cls(
            event_name=event_name,
            raw_event=raw_event,
        )

        runtime_v1_get_runtime_events_response_runtime_event.additional_properties = d
        return runtime_v1_get_runtime_events_response_runtime_event

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
