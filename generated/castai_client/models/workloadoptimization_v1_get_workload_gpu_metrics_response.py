from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1gpu_device_metadata import (
        WorkloadoptimizationV1GPUDeviceMetadata,
    )
    from ..models.workloadoptimization_v1gpu_metrics import (
        WorkloadoptimizationV1GPUMetrics,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadGPUMetricsResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadGPUMetricsResponse:
    """
    Attributes:
        gpu_devices (list[WorkloadoptimizationV1GPUDeviceMetadata] | Unset):
        items (list[WorkloadoptimizationV1GPUMetrics] | Unset):
        rec_gpu_devices (list[WorkloadoptimizationV1GPUDeviceMetadata] | Unset):
    """

    gpu_devices: list[WorkloadoptimizationV1GPUDeviceMetadata] | Unset = UNSET
    items: list[WorkloadoptimizationV1GPUMetrics] | Unset = UNSET
    rec_gpu_devices: list[WorkloadoptimizationV1GPUDeviceMetadata] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gpu_devices, Unset):
            gpu_devices = []
            for gpu_devices_item_data in self.gpu_devices:
                gpu_devices_item = gpu_devices_item_data.to_dict()
                gpu_devices.append(gpu_devices_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        rec_gpu_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rec_gpu_devices, Unset):
            rec_gpu_devices = []
            for rec_gpu_devices_item_data in self.rec_gpu_devices:
                rec_gpu_devices_item = rec_gpu_devices_item_data.to_dict()
                rec_gpu_devices.append(rec_gpu_devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_devices is not UNSET:
            field_dict["gpuDevices"] = gpu_devices
        if items is not UNSET:
            field_dict["items"] = items
        if rec_gpu_devices is not UNSET:
            field_dict["recGpuDevices"] = rec_gpu_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1gpu_device_metadata import (
            WorkloadoptimizationV1GPUDeviceMetadata,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1gpu_metrics import (
            WorkloadoptimizationV1GPUMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _gpu_devices = d.pop("gpuDevices", UNSET)
        gpu_devices: list[WorkloadoptimizationV1GPUDeviceMetadata] | Unset = UNSET
        if _gpu_devices is not UNSET:
            gpu_devices = []
            for gpu_devices_item_data in _gpu_devices:
                gpu_devices_item = WorkloadoptimizationV1GPUDeviceMetadata.from_dict(
                    gpu_devices_item_data
                )

                gpu_devices.append(gpu_devices_item)

        _items = d.pop("items", UNSET)
        items: list[WorkloadoptimizationV1GPUMetrics] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = WorkloadoptimizationV1GPUMetrics.from_dict(items_item_data)

                items.append(items_item)

        _rec_gpu_devices = d.pop("recGpuDevices", UNSET)
        rec_gpu_devices: list[WorkloadoptimizationV1GPUDeviceMetadata] | Unset = UNSET
        if _rec_gpu_devices is not UNSET:
            rec_gpu_devices = []
            for rec_gpu_devices_item_data in _rec_gpu_devices:
                rec_gpu_devices_item = (
                    WorkloadoptimizationV1GPUDeviceMetadata.from_dict(
                        rec_gpu_devices_item_data
                    )
                )

                rec_gpu_devices.append(rec_gpu_devices_item)

        workloadoptimization_v1_get_workload_gpu_metrics_response = cls(
            gpu_devices=gpu_devices,
            items=items,
            rec_gpu_devices=rec_gpu_devices,
        )

        workloadoptimization_v1_get_workload_gpu_metrics_response.additional_properties = d
        return workloadoptimization_v1_get_workload_gpu_metrics_response

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
