from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1gpu_device import (
        CastaiInventoryV1Beta1GPUDevice,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1GPUInfo")


@_attrs_define
class CastaiInventoryV1Beta1GPUInfo:
    """
    Attributes:
        gpu_devices (list[CastaiInventoryV1Beta1GPUDevice] | Unset):
    """

    gpu_devices: list[CastaiInventoryV1Beta1GPUDevice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gpu_devices, Unset):
            gpu_devices = []
            for gpu_devices_item_data in self.gpu_devices:
                gpu_devices_item = gpu_devices_item_data.to_dict()
                gpu_devices.append(gpu_devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_devices is not UNSET:
            field_dict["gpuDevices"] = gpu_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1gpu_device import (
            CastaiInventoryV1Beta1GPUDevice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _gpu_devices = d.pop("gpuDevices", UNSET)
        gpu_devices: list[CastaiInventoryV1Beta1GPUDevice] | Unset = UNSET
        if _gpu_devices is not UNSET:
            gpu_devices = []
            for gpu_devices_item_data in _gpu_devices:
                gpu_devices_item = CastaiInventoryV1Beta1GPUDevice.from_dict(
                    gpu_devices_item_data
                )

                gpu_devices.append(gpu_devices_item)

        castai_inventory_v1_beta_1gpu_info = cls(
            gpu_devices=gpu_devices,
        )

        castai_inventory_v1_beta_1gpu_info.additional_properties = d
        return castai_inventory_v1_beta_1gpu_info

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
