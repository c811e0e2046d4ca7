from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1tpu_device import (
        CastaiInventoryV1Beta1TPUDevice,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1TPUInfo")


@_attrs_define
class CastaiInventoryV1Beta1TPUInfo:
    """
    Attributes:
        tpu_devices (list[CastaiInventoryV1Beta1TPUDevice] | Unset):
    """

    tpu_devices: list[CastaiInventoryV1Beta1TPUDevice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tpu_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tpu_devices, Unset):
            tpu_devices = []
            for tpu_devices_item_data in self.tpu_devices:
                tpu_devices_item = tpu_devices_item_data.to_dict()
                tpu_devices.append(tpu_devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tpu_devices is not UNSET:
            field_dict["tpuDevices"] = tpu_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1tpu_device import (
            CastaiInventoryV1Beta1TPUDevice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _tpu_devices = d.pop("tpuDevices", UNSET)
        tpu_devices: list[CastaiInventoryV1Beta1TPUDevice] | Unset = UNSET
        if _tpu_devices is not UNSET:
            tpu_devices = []
            for tpu_devices_item_data in _tpu_devices:
                tpu_devices_item = CastaiInventoryV1Beta1TPUDevice.from_dict(
                    tpu_devices_item_data
                )

                tpu_devices.append(tpu_devices_item)

        castai_inventory_v1_beta_1tpu_info = cls(
            tpu_devices=tpu_devices,
        )

        castai_inventory_v1_beta_1tpu_info.additional_properties = d
        return castai_inventory_v1_beta_1tpu_info

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
