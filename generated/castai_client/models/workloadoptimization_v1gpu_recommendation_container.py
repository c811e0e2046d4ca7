from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1gpu_device_recommendation import (
        WorkloadoptimizationV1GPUDeviceRecommendation,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GPURecommendationContainer")


@_attrs_define
class WorkloadoptimizationV1GPURecommendationContainer:
    """
    Attributes:
        name (str):
        devices (list[WorkloadoptimizationV1GPUDeviceRecommendation] | Unset):
    """

    name: str
    devices: list[WorkloadoptimizationV1GPUDeviceRecommendation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1gpu_device_recommendation import (
            WorkloadoptimizationV1GPUDeviceRecommendation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        _devices = d.pop("devices", UNSET)
        devices: list[WorkloadoptimizationV1GPUDeviceRecommendation] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = WorkloadoptimizationV1GPUDeviceRecommendation.from_dict(
                    devices_item_data
                )

                devices.append(devices_item)

        workloadoptimization_v1gpu_recommendation_container = cls(
            name=name,
            devices=devices,
        )

        workloadoptimization_v1gpu_recommendation_container.additional_properties = d
        return workloadoptimization_v1gpu_recommendation_container

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
