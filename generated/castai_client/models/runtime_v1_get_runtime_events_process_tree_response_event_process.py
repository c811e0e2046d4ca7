from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeV1GetRuntimeEventsProcessTreeResponseEventProcess")


@_attrs_define
class RuntimeV1GetRuntimeEventsProcessTreeResponseEventProcess:
    """
    Attributes:
        args (list[str] | Unset):
        exit_time (datetime.datetime | Unset):
        filepath (str | Unset):
        parent_start_time (str | Unset):
        pid (int | Unset):
        ppid (int | Unset):
        start_time (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    args: list[str] | Unset = UNSET
    exit_time: datetime.datetime | Unset = UNSET
    filepath: str | Unset = UNSET
    parent_start_time: str | Unset = UNSET
    pid: int | Unset = UNSET
    ppid: int | Unset = UNSET
    start_time: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args: list[str] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        exit_time: str | Unset = UNSET
        if not isinstance(self.exit_time, Unset):
            exit_time = self.exit_time.isoformat()

        filepath = self.filepath

        parent_start_time = self.parent_start_time

        pid = self.pid

        ppid = self.ppid

        start_time = self.start_time

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if exit_time is not UNSET:
            field_dict["exitTime"] = exit_time
        if filepath is not UNSET:
            field_dict["filepath"] = filepath
        if parent_start_time is not UNSET:
            field_dict["parentStartTime"] = parent_start_time
        if pid is not UNSET:
            field_dict["pid"] = pid
        if ppid is not UNSET:
            field_dict["ppid"] = ppid
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        args = cast(list[str], d.pop("args", UNSET))

        _exit_time = d.pop("exitTime", UNSET)
        exit_time: datetime.datetime | Unset
        if isinstance(_exit_time, Unset):
            exit_time = UNSET
        else:
            exit_time = datetime.datetime.fromisoformat(_exit_time)

        filepath = d.pop("filepath", UNSET)

        parent_start_time = d.pop("parentStartTime", UNSET)

        pid = d.pop("pid", UNSET)

        ppid = d.pop("ppid", UNSET)

        start_time = d.pop("startTime", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        runtime_v1_get_runtime_events_process_tree_response_event_process = cls(
            args=args,
            exit_time=exit_time,
            filepath=filepath,
            parent_start_time=parent_start_time,
            pid=pid,
            ppid=ppid,
            start_time=start_time,
            timestamp=timestamp,
        )

        runtime_v1_get_runtime_events_process_tree_response_event_process.additional_properties = d
        return runtime_v1_get_runtime_events_process_tree_response_event_process

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
