from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadsSummaryMetrics")


@_attrs_define
class WorkloadoptimizationV1WorkloadsSummaryMetrics:
    """
    Attributes:
        cpu_first_seen_request_cores (float):
        cpu_original_request_cores (float):
        cpu_recommendation_cores (float):
        cpu_request_cores (float):
        cpu_usage_cores (float):
        memory_first_seen_request_gibs (float):
        memory_original_request_gibs (float):
        memory_recommendation_gibs (float):
        memory_request_gibs (float):
        memory_usage_gibs (float):
        timestamp (datetime.datetime):
    """

    cpu_first_seen_request_cores: float
    cpu_original_request_cores: float
    cpu_recommendation_cores: float
    cpu_request_cores: float
    cpu_usage_cores: float
    memory_first_seen_request_gibs: float
    memory_original_request_gibs: float
    memory_recommendation_gibs: float
    memory_request_gibs: float
    memory_usage_gibs: float
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_first_seen_request_cores = self.cpu_first_seen_request_cores

        cpu_original_request_cores = self.cpu_original_request_cores

        cpu_recommendation_cores = self.cpu_recommendation_cores

        cpu_request_cores = self.cpu_request_cores

        cpu_usage_cores = self.cpu_usage_cores

        memory_first_seen_request_gibs = self.memory_first_seen_request_gibs

        memory_original_request_gibs = self.memory_original_request_gibs

        memory_recommendation_gibs = self.memory_recommendation_gibs

        memory_request_gibs = self.memory_request_gibs

        memory_usage_gibs = self.memory_usage_gibs

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpuFirstSeenRequestCores": cpu_first_seen_request_cores,
                "cpuOriginalRequestCores": cpu_original_request_cores,
                "cpuRecommendationCores": cpu_recommendation_cores,
                "cpuRequestCores": cpu_request_cores,
                "cpuUsageCores": cpu_usage_cores,
                "memoryFirstSeenRequestGibs": memory_first_seen_request_gibs,
                "memoryOriginalRequestGibs": memory_original_request_gibs,
                "memoryRecommendationGibs": memory_recommendation_gibs,
                "memoryRequestGibs": memory_request_gibs,
                "memoryUsageGibs": memory_usage_gibs,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_first_seen_request_cores = d.pop("cpuFirstSeenRequestCores")

        cpu_original_request_cores = d.pop("cpuOriginalRequestCores")

        cpu_recommendation_cores = d.pop("cpuRecommendationCores")

        cpu_request_cores = d.pop("cpuRequestCores")

        cpu_usage_cores = d.pop("cpuUsageCores")

        memory_first_seen_request_gibs = d.pop("memoryFirstSeenRequestGibs")

        memory_original_request_gibs = d.pop("memoryOriginalRequestGibs")

        memory_recommendation_gibs = d.pop("memoryRecommendationGibs")

        memory_request_gibs = d.pop("memoryRequestGibs")

        memory_usage_gibs = d.pop("memoryUsageGibs")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        workloadoptimization_v1_workloads_summary_metrics = cls(
            cpu_first_seen_request_cores=cpu_first_seen_request_cores,
            cpu_original_request_cores=cpu_original_request_cores,
            cpu_recommendation_cores=cpu_recommendation_cores,
            cpu_request_cores=cpu_request_cores,
            cpu_usage_cores=cpu_usage_cores,
            memory_first_seen_request_gibs=memory_first_seen_request_gibs,
            memory_original_request_gibs=memory_original_request_gibs,
            memory_recommendation_gibs=memory_recommendation_gibs,
            memory_request_gibs=memory_request_gibs,
            memory_usage_gibs=memory_usage_gibs,
            timestamp=timestamp,
        )

        workloadoptimization_v1_workloads_summary_metrics.additional_properties = d
        return workloadoptimization_v1_workloads_summary_metrics

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
