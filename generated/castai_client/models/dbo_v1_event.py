from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_event_type import DboV1EventType, check_dbo_v1_event_type

T = TypeVar("T", bound="DboV1Event")


@_attrs_define
class DboV1Event:
    """
    Attributes:
        event_type (DboV1EventType):
        timestamp (datetime.datetime):
    """

    event_type: DboV1EventType
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str = self.event_type

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = check_dbo_v1_event_type(d.pop("eventType"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        dbo_v1_event = cls(
            event_type=event_type,
            timestamp=timestamp,
        )

        dbo_v1_event.additional_properties = d
        return dbo_v1_event

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
