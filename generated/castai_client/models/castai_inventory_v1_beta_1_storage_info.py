from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_storage_driver import (
    CastaiInventoryV1Beta1StorageDriver,
    check_castai_inventory_v1_beta_1_storage_driver,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_storage_info_device import (
        CastaiInventoryV1Beta1StorageInfoDevice,
    )
    from ..models.castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info import (
        CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1StorageInfo")


@_attrs_define
class CastaiInventoryV1Beta1StorageInfo:
    """
    Attributes:
        devices (list[CastaiInventoryV1Beta1StorageInfoDevice] | Unset):
        driver (CastaiInventoryV1Beta1StorageDriver | Unset):
        ephemeral_os_disks_info (CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo | Unset):
        total_size_gib (int | Unset):
    """

    devices: list[CastaiInventoryV1Beta1StorageInfoDevice] | Unset = UNSET
    driver: CastaiInventoryV1Beta1StorageDriver | Unset = UNSET
    ephemeral_os_disks_info: (
        CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo | Unset
    ) = UNSET
    total_size_gib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        driver: str | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver

        ephemeral_os_disks_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ephemeral_os_disks_info, Unset):
            ephemeral_os_disks_info = self.ephemeral_os_disks_info.to_dict()

        total_size_gib = self.total_size_gib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if devices is not UNSET:
            field_dict["devices"] = devices
        if driver is not UNSET:
            field_dict["driver"] = driver
        if ephemeral_os_disks_info is not UNSET:
            field_dict["ephemeralOsDisksInfo"] = ephemeral_os_disks_info
        if total_size_gib is not UNSET:
            field_dict["totalSizeGib"] = total_size_gib

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_storage_info_device import (
            CastaiInventoryV1Beta1StorageInfoDevice,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info import (
            CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _devices = d.pop("devices", UNSET)
        devices: list[CastaiInventoryV1Beta1StorageInfoDevice] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = CastaiInventoryV1Beta1StorageInfoDevice.from_dict(
                    devices_item_data
                )

                devices.append(devices_item)

        _driver = d.pop("driver", UNSET)
        driver: CastaiInventoryV1Beta1StorageDriver | Unset
        if isinstance(_driver, Unset):
            driver = UNSET
        else:
            driver = check_castai_inventory_v1_beta_1_storage_driver(_driver)

        _ephemeral_os_disks_info = d.pop("ephemeralOsDisksInfo", UNSET)
        ephemeral_os_disks_info: (
            CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo | Unset
        )
        if isinstance(_ephemeral_os_disks_info, Unset):
            ephemeral_os_disks_info = UNSET
        else:
            ephemeral_os_disks_info = (
                CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo.from_dict(
                    _ephemeral_os_disks_info
                )
            )

        total_size_gib = d.pop("totalSizeGib", UNSET)

        castai_inventory_v1_beta_1_storage_info = cls(
            devices=devices,
            driver=driver,
            ephemeral_os_disks_info=ephemeral_os_disks_info,
            total_size_gib=total_size_gib,
        )

        castai_inventory_v1_beta_1_storage_info.additional_properties = d
        return castai_inventory_v1_beta_1_storage_info

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
