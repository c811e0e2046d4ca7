from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1HeapUsedMetrics")


@_attrs_define
class WorkloadoptimizationV1HeapUsedMetrics:
    """
    Attributes:
        p95 (float):
        timestamp (datetime.datetime):
    """

    p95: float
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        p95 = self.p95

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "p95": p95,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        p95 = d.pop("p95")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        workloadoptimization_v1_heap_used_metrics = cls(
            p95=p95,
            timestamp=timestamp,
        )

        workloadoptimization_v1_heap_used_metrics.additional_properties = d
        return workloadoptimization_v1_heap_used_metrics

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
