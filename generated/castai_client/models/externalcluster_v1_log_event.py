from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_log_event_fields import (
        ExternalclusterV1LogEventFields,
    )


T = TypeVar("T", bound="ExternalclusterV1LogEvent")


@_attrs_define
class ExternalclusterV1LogEvent:
    """
    Attributes:
        fields (ExternalclusterV1LogEventFields | Unset):
        level (str | Unset):
        message (str | Unset):
        time (datetime.datetime | Unset):
    """

    fields: ExternalclusterV1LogEventFields | Unset = UNSET
    level: str | Unset = UNSET
    message: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        level = self.level

        message = self.message

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_log_event_fields import (
            ExternalclusterV1LogEventFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: ExternalclusterV1LogEventFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ExternalclusterV1LogEventFields.from_dict(_fields)

        level = d.pop("level", UNSET)

        message = d.pop("message", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        externalcluster_v1_log_event = cls(
            fields=fields,
            level=level,
            message=message,
            time=time,
        )

        externalcluster_v1_log_event.additional_properties = d
        return externalcluster_v1_log_event

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
