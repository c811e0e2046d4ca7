from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1GPUMetrics")


@_attrs_define
class WorkloadoptimizationV1GPUMetrics:
    """
    Attributes:
        device_count (float | Unset):
        gpu_utilization (float | Unset):
        memory_total_mib (float | Unset):
        memory_used_mib (float | Unset):
        original_device_count (float | None | Unset):
        original_gpu_utilization (float | None | Unset):
        original_memory_used_mib (float | None | Unset):
        rec_device_count (float | None | Unset):
        rec_gpu_utilization (float | None | Unset):
        rec_memory_used_mib (float | None | Unset):
        request_device_count (float | None | Unset):
        request_gpu_utilization (float | None | Unset):
        request_memory_used_mib (float | None | Unset):
        timestamp (datetime.datetime | Unset):
    """

    device_count: float | Unset = UNSET
    gpu_utilization: float | Unset = UNSET
    memory_total_mib: float | Unset = UNSET
    memory_used_mib: float | Unset = UNSET
    original_device_count: float | None | Unset = UNSET
    original_gpu_utilization: float | None | Unset = UNSET
    original_memory_used_mib: float | None | Unset = UNSET
    rec_device_count: float | None | Unset = UNSET
    rec_gpu_utilization: float | None | Unset = UNSET
    rec_memory_used_mib: float | None | Unset = UNSET
    request_device_count: float | None | Unset = UNSET
    request_gpu_utilization: float | None | Unset = UNSET
    request_memory_used_mib: float | None | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_count = self.device_count

        gpu_utilization = self.gpu_utilization

        memory_total_mib = self.memory_total_mib

        memory_used_mib = self.memory_used_mib

        original_device_count: float | None | Unset
        if isinstance(self.original_device_count, Unset):
            original_device_count = UNSET
        else:
            original_device_count = self.original_device_count

        original_gpu_utilization: float | None | Unset
        if isinstance(self.original_gpu_utilization, Unset):
            original_gpu_utilization = UNSET
        else:
            original_gpu_utilization = self.original_gpu_utilization

        original_memory_used_mib: float | None | Unset
        if isinstance(self.original_memory_used_mib, Unset):
            original_memory_used_mib = UNSET
        else:
            original_memory_used_mib = self.original_memory_used_mib

        rec_device_count: float | None | Unset
        if isinstance(self.rec_device_count, Unset):
            rec_device_count = UNSET
        else:
            rec_device_count = self.rec_device_count

        rec_gpu_utilization: float | None | Unset
        if isinstance(self.rec_gpu_utilization, Unset):
            rec_gpu_utilization = UNSET
        else:
            rec_gpu_utilization = self.rec_gpu_utilization

        rec_memory_used_mib: float | None | Unset
        if isinstance(self.rec_memory_used_mib, Unset):
            rec_memory_used_mib = UNSET
        else:
            rec_memory_used_mib = self.rec_memory_used_mib

        request_device_count: float | None | Unset
        if isinstance(self.request_device_count, Unset):
            request_device_count = UNSET
        else:
            request_device_count = self.request_device_count

        request_gpu_utilization: float | None | Unset
        if isinstance(self.request_gpu_utilization, Unset):
            request_gpu_utilization = UNSET
        else:
            request_gpu_utilization = self.request_gpu_utilization

        request_memory_used_mib: float | None | Unset
        if isinstance(self.request_memory_used_mib, Unset):
            request_memory_used_mib = UNSET
        else:
            request_memory_used_mib = self.request_memory_used_mib

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_count is not UNSET:
            field_dict["deviceCount"] = device_count
        if gpu_utilization is not UNSET:
            field_dict["gpuUtilization"] = gpu_utilization
        if memory_total_mib is not UNSET:
            field_dict["memoryTotalMib"] = memory_total_mib
        if memory_used_mib is not UNSET:
            field_dict["memoryUsedMib"] = memory_used_mib
        if original_device_count is not UNSET:
            field_dict["originalDeviceCount"] = original_device_count
        if original_gpu_utilization is not UNSET:
            field_dict["originalGpuUtilization"] = original_gpu_utilization
        if original_memory_used_mib is not UNSET:
            field_dict["originalMemoryUsedMib"] = original_memory_used_mib
        if rec_device_count is not UNSET:
            field_dict["recDeviceCount"] = rec_device_count
        if rec_gpu_utilization is not UNSET:
            field_dict["recGpuUtilization"] = rec_gpu_utilization
        if rec_memory_used_mib is not UNSET:
            field_dict["recMemoryUsedMib"] = rec_memory_used_mib
        if request_device_count is not UNSET:
            field_dict["requestDeviceCount"] = request_device_count
        if request_gpu_utilization is not UNSET:
            field_dict["requestGpuUtilization"] = request_gpu_utilization
        if request_memory_used_mib is not UNSET:
            field_dict["requestMemoryUsedMib"] = request_memory_used_mib
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_count = d.pop("deviceCount", UNSET)

        gpu_utilization = d.pop("gpuUtilization", UNSET)

        memory_total_mib = d.pop("memoryTotalMib", UNSET)

        memory_used_mib = d.pop("memoryUsedMib", UNSET)

        def _parse_original_device_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_device_count = _parse_original_device_count(
            d.pop("originalDeviceCount", UNSET)
        )

        def _parse_original_gpu_utilization(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_gpu_utilization = _parse_original_gpu_utilization(
            d.pop("originalGpuUtilization", UNSET)
        )

        def _parse_original_memory_used_mib(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_memory_used_mib = _parse_original_memory_used_mib(
            d.pop("originalMemoryUsedMib", UNSET)
        )

        def _parse_rec_device_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rec_device_count = _parse_rec_device_count(d.pop("recDeviceCount", UNSET))

        def _parse_rec_gpu_utilization(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rec_gpu_utilization = _parse_rec_gpu_utilization(
            d.pop("recGpuUtilization", UNSET)
        )

        def _parse_rec_memory_used_mib(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rec_memory_used_mib = _parse_rec_memory_used_mib(
            d.pop("recMemoryUsedMib", UNSET)
        )

        def _parse_request_device_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        request_device_count = _parse_request_device_count(
            d.pop("requestDeviceCount", UNSET)
        )

        def _parse_request_gpu_utilization(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        request_gpu_utilization = _parse_request_gpu_utilization(
            d.pop("requestGpuUtilization", UNSET)
        )

        def _parse_request_memory_used_mib(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        request_memory_used_mib = _parse_request_memory_used_mib(
            d.pop("requestMemoryUsedMib", UNSET)
        )

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        workloadoptimization_v1gpu_metrics = cls(
            device_count=device_count,
            gpu_utilization=gpu_utilization,
            memory_total_mib=memory_total_mib,
            memory_used_mib=memory_used_mib,
            original_device_count=original_device_count,
            original_gpu_utilization=original_gpu_utilization,
            original_memory_used_mib=original_memory_used_mib,
            rec_device_count=rec_device_count,
            rec_gpu_utilization=rec_gpu_utilization,
            rec_memory_used_mib=rec_memory_used_mib,
            request_device_count=request_device_count,
            request_gpu_utilization=request_gpu_utilization,
            request_memory_used_mib=request_memory_used_mib,
            timestamp=timestamp,
        )

        workloadoptimization_v1gpu_metrics.additional_properties = d
        return workloadoptimization_v1gpu_metrics

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
