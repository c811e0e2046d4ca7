from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_anomaly_event_raw_event import (
        RuntimeV1AnomalyEventRawEvent,
    )


T = TypeVar("T", bound="RuntimeV1AnomalyEvent")


@_attrs_define
class RuntimeV1AnomalyEvent:
    """
    Attributes:
        container_name (str | Unset):
        event_name (str | Unset):
        event_type (str | Unset):
        id (str | Unset):
        namespace (str | Unset):
        pod_name (str | Unset):
        process (str | Unset):
        raw_event (RuntimeV1AnomalyEventRawEvent | Unset):
        reason (str | Unset):
        rule_name (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    container_name: str | Unset = UNSET
    event_name: str | Unset = UNSET
    event_type: str | Unset = UNSET
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    pod_name: str | Unset = UNSET
    process: str | Unset = UNSET
    raw_event: RuntimeV1AnomalyEventRawEvent | Unset = UNSET
    reason: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_name = self.container_name

        event_name = self.event_name

        event_type = self.event_type

        id = self.id

        namespace = self.namespace

        pod_name = self.pod_name

        process = self.process

        raw_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_event, Unset):
            raw_event = self.raw_event.to_dict()

        reason = self.reason

        rule_name = self.rule_name

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_name is not UNSET:
            field_dict["containerName"] = container_name
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if pod_name is not UNSET:
            field_dict["podName"] = pod_name
        if process is not UNSET:
            field_dict["process"] = process
        if raw_event is not UNSET:
            field_dict["rawEvent"] = raw_event
        if reason is not UNSET:
            field_dict["reason"] = reason
        if rule_name is not UNSET:
            field_dict["ruleName"] = rule_name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_anomaly_event_raw_event import (
            RuntimeV1AnomalyEventRawEvent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        container_name = d.pop("containerName", UNSET)

        event_name = d.pop("eventName", UNSET)

        event_type = d.pop("eventType", UNSET)

        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        pod_name = d.pop("podName", UNSET)

        process = d.pop("process", UNSET)

        _raw_event = d.pop("rawEvent", UNSET)
        raw_event: RuntimeV1AnomalyEventRawEvent | Unset
        if isinstance(_raw_event, Unset):
            raw_event = UNSET
        else:
            raw_event = RuntimeV1AnomalyEventRawEvent.from_dict(_raw_event)

        reason = d.pop("reason", UNSET)

        rule_name = d.pop("ruleName", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        runtime_v1_anomaly_event = cls(
            container_name=container_name,
            event_name=event_name,
            event_type=event_type,
            id=id,
            namespace=namespace,
            pod_name=pod_name,
            process=process,
            raw_event=raw_event,
            reason=reason,
            rule_name=rule_name,
            timestamp=timestamp,
        )

        runtime_v1_anomaly_event.additional_properties = d
        return runtime_v1_anomaly_event

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
