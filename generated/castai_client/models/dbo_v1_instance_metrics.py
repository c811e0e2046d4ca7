from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DboV1InstanceMetrics")


@_attrs_define
class DboV1InstanceMetrics:
    """
    Attributes:
        active_memory (float):
        active_sessions (float):
        cpu_utilization (float):
        free_memory (float):
        iops_reads (float):
        iops_writes (float):
        timestamp (datetime.datetime):
    """

    active_memory: float
    active_sessions: float
    cpu_utilization: float
    free_memory: float
    iops_reads: float
    iops_writes: float
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_memory = self.active_memory

        active_sessions = self.active_sessions

        cpu_utilization = self.cpu_utilization

        free_memory = self.free_memory

        iops_reads = self.iops_reads

        iops_writes = self.iops_writes

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeMemory": active_memory,
                "activeSessions": active_sessions,
                "cpuUtilization": cpu_utilization,
                "freeMemory": free_memory,
                "iopsReads": iops_reads,
                "iopsWrites": iops_writes,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_memory = d.pop("activeMemory")

        active_sessions = d.pop("activeSessions")

        cpu_utilization = d.pop("cpuUtilization")

        free_memory = d.pop("freeMemory")

        iops_reads = d.pop("iopsReads")

        iops_writes = d.pop("iopsWrites")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        dbo_v1_instance_metrics = cls(
            active_memory=active_memory,
            active_sessions=active_sessions,
            cpu_utilization=cpu_utilization,
            free_memory=free_memory,
            iops_reads=iops_reads,
            iops_writes=iops_writes,
            timestamp=timestamp,
        )

        dbo_v1_instance_metrics.additional_properties = d
        return dbo_v1_instance_metrics

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
