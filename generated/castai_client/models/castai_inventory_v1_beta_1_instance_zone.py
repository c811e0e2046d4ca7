from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_applied_discount import (
        CastaiInventoryV1Beta1AppliedDiscount,
    )
    from ..models.castai_inventory_v1_beta_1_attachable_gpu_device import (
        CastaiInventoryV1Beta1AttachableGPUDevice,
    )
    from ..models.castai_inventory_v1_beta_1_instance_zone_attachable_disk import (
        CastaiInventoryV1Beta1InstanceZoneAttachableDisk,
    )
    from ..models.castai_inventory_v1_beta_1cpu_platform import (
        CastaiInventoryV1Beta1CPUPlatform,
    )
    from ..models.castai_inventory_v1_beta_1gpu_device import (
        CastaiInventoryV1Beta1GPUDevice,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceZone")


@_attrs_define
class CastaiInventoryV1Beta1InstanceZone:
    """
    Attributes:
        applied_discounts (list[CastaiInventoryV1Beta1AppliedDiscount] | Unset):
        attachable_disks (list[CastaiInventoryV1Beta1InstanceZoneAttachableDisk] | Unset):
        attachable_gpu_devices (list[CastaiInventoryV1Beta1AttachableGPUDevice] | Unset):
        attached_gpu_devices (list[CastaiInventoryV1Beta1GPUDevice] | Unset):
        az_id (str | Unset):
        cpu_platforms (list[CastaiInventoryV1Beta1CPUPlatform] | Unset):
        cpu_price (str | Unset):
        id (str | Unset):
        last_unavailable_at (datetime.datetime | Unset):
        price (str | Unset):
        ram_price (str | Unset):
        spot (bool | Unset):
        spot_reliability (float | None | Unset):
        unavailable (bool | Unset):
    """

    applied_discounts: list[CastaiInventoryV1Beta1AppliedDiscount] | Unset = UNSET
    attachable_disks: list[CastaiInventoryV1Beta1InstanceZoneAttachableDisk] | Unset = (
        UNSET
    )
    attachable_gpu_devices: list[CastaiInventoryV1Beta1AttachableGPUDevice] | Unset = (
        UNSET
    )
    attached_gpu_devices: list[CastaiInventoryV1Beta1GPUDevice] | Unset = UNSET
    az_id: str | Unset = UNSET
    cpu_platforms: list[CastaiInventoryV1Beta1CPUPlatform] | Unset = UNSET
    cpu_price: str | Unset = UNSET
    id: str | Unset = UNSET
    last_unavailable_at: datetime.datetime | Unset = UNSET
    price: str | Unset = UNSET
    ram_price: str | Unset = UNSET
    spot: bool | Unset = UNSET
    spot_reliability: float | None | Unset = UNSET
    unavailable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applied_discounts, Unset):
            applied_discounts = []
            for applied_discounts_item_data in self.applied_discounts:
                applied_discounts_item = applied_discounts_item_data.to_dict()
                applied_discounts.append(applied_discounts_item)

        attachable_disks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachable_disks, Unset):
            attachable_disks = []
            for attachable_disks_item_data in self.attachable_disks:
                attachable_disks_item = attachable_disks_item_data.to_dict()
                attachable_disks.append(attachable_disks_item)

        attachable_gpu_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachable_gpu_devices, Unset):
            attachable_gpu_devices = []
            for attachable_gpu_devices_item_data in self.attachable_gpu_devices:
                attachable_gpu_devices_item = attachable_gpu_devices_item_data.to_dict()
                attachable_gpu_devices.append(attachable_gpu_devices_item)

        attached_gpu_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_gpu_devices, Unset):
            attached_gpu_devices = []
            for attached_gpu_devices_item_data in self.attached_gpu_devices:
                attached_gpu_devices_item = attached_gpu_devices_item_data.to_dict()
                attached_gpu_devices.append(attached_gpu_devices_item)

        az_id = self.az_id

        cpu_platforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpu_platforms, Unset):
            cpu_platforms = []
            for cpu_platforms_item_data in self.cpu_platforms:
                cpu_platforms_item = cpu_platforms_item_data.to_dict()
                cpu_platforms.append(cpu_platforms_item)

        cpu_price = self.cpu_price

        id = self.id

        last_unavailable_at: str | Unset = UNSET
        if not isinstance(self.last_unavailable_at, Unset):
            last_unavailable_at = self.last_unavailable_at.isoformat()

        price = self.price

        ram_price = self.ram_price

        spot = self.spot

        spot_reliability: float | None | Unset
        if isinstance(self.spot_reliability, Unset):
            spot_reliability = UNSET
        else:
            spot_reliability = self.spot_reliability

        unavailable = self.unavailable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applied_discounts is not UNSET:
            field_dict["appliedDiscounts"] = applied_discounts
        if attachable_disks is not UNSET:
            field_dict["attachableDisks"] = attachable_disks
        if attachable_gpu_devices is not UNSET:
            field_dict["attachableGpuDevices"] = attachable_gpu_devices
        if attached_gpu_devices is not UNSET:
            field_dict["attachedGpuDevices"] = attached_gpu_devices
        if az_id is not UNSET:
            field_dict["azId"] = az_id
        if cpu_platforms is not UNSET:
            field_dict["cpuPlatforms"] = cpu_platforms
        if cpu_price is not UNSET:
            field_dict["cpuPrice"] = cpu_price
        if id is not UNSET:
            field_dict["id"] = id
        if last_unavailable_at is not UNSET:
            field_dict["lastUnavailableAt"] = last_unavailable_at
        if price is not UNSET:
            field_dict["price"] = price
        if ram_price is not UNSET:
            field_dict["ramPrice"] = ram_price
        if spot is not UNSET:
            field_dict["spot"] = spot
        if spot_reliability is not UNSET:
            field_dict["spotReliability"] = spot_reliability
        if unavailable is not UNSET:
            field_dict["unavailable"] = unavailable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_applied_discount import (
            CastaiInventoryV1Beta1AppliedDiscount,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_attachable_gpu_device import (
            CastaiInventoryV1Beta1AttachableGPUDevice,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_instance_zone_attachable_disk import (
            CastaiInventoryV1Beta1InstanceZoneAttachableDisk,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1cpu_platform import (
            CastaiInventoryV1Beta1CPUPlatform,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gpu_device import (
            CastaiInventoryV1Beta1GPUDevice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _applied_discounts = d.pop("appliedDiscounts", UNSET)
        applied_discounts: list[CastaiInventoryV1Beta1AppliedDiscount] | Unset = UNSET
        if _applied_discounts is not UNSET:
            applied_discounts = []
            for applied_discounts_item_data in _applied_discounts:
                applied_discounts_item = (
                    CastaiInventoryV1Beta1AppliedDiscount.from_dict(
                        applied_discounts_item_data
                    )
                )

                applied_discounts.append(applied_discounts_item)

        _attachable_disks = d.pop("attachableDisks", UNSET)
        attachable_disks: (
            list[CastaiInventoryV1Beta1InstanceZoneAttachableDisk] | Unset
        ) = UNSET
        if _attachable_disks is not UNSET:
            attachable_disks = []
            for attachable_disks_item_data in _attachable_disks:
                attachable_disks_item = (
                    CastaiInventoryV1Beta1InstanceZoneAttachableDisk.from_dict(
                        attachable_disks_item_data
                    )
                )

                attachable_disks.append(attachable_disks_item)

        _attachable_gpu_devices = d.pop("attachableGpuDevices", UNSET)
        attachable_gpu_devices: (
            list[CastaiInventoryV1Beta1AttachableGPUDevice] | Unset
        ) = UNSET
        if _attachable_gpu_devices is not UNSET:
            attachable_gpu_devices = []
            for attachable_gpu_devices_item_data in _attachable_gpu_devices:
                attachable_gpu_devices_item = (
                    CastaiInventoryV1Beta1AttachableGPUDevice.from_dict(
                        attachable_gpu_devices_item_data
                    )
                )

                attachable_gpu_devices.append(attachable_gpu_devices_item)

        _attached_gpu_devices = d.pop("attachedGpuDevices", UNSET)
        attached_gpu_devices: list[CastaiInventoryV1Beta1GPUDevice] | Unset = UNSET
        if _attached_gpu_devices is not UNSET:
            attached_gpu_devices = []
            for attached_gpu_devices_item_data in _attached_gpu_devices:
                attached_gpu_devices_item = CastaiInventoryV1Beta1GPUDevice.from_dict(
                    attached_gpu_devices_item_data
                )

                attached_gpu_devices.append(attached_gpu_devices_item)

        az_id = d.pop("azId", UNSET)

        _cpu_platforms = d.pop("cpuPlatforms", UNSET)
        cpu_platforms: list[CastaiInventoryV1Beta1CPUPlatform] | Unset = UNSET
        if _cpu_platforms is not UNSET:
            cpu_platforms = []
            for cpu_platforms_item_data in _cpu_platforms:
                cpu_platforms_item = CastaiInventoryV1Beta1CPUPlatform.from_dict(
                    cpu_platforms_item_data
                )

                cpu_platforms.append(cpu_platforms_item)

        cpu_price = d.pop("cpuPrice", UNSET)

        id = d.pop("id", UNSET)

        _last_unavailable_at = d.pop("lastUnavailableAt", UNSET)
        last_unavailable_at: datetime.datetime | Unset
        if isinstance(_last_unavailable_at, Unset):
            last_unavailable_at = UNSET
        else:
            last_unavailable_at = datetime.datetime.fromisoformat(_last_unavailable_at)

        price = d.pop("price", UNSET)

        ram_price = d.pop("ramPrice", UNSET)

        spot = d.pop("spot", UNSET)

        def _parse_spot_reliability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spot_reliability = _parse_spot_reliability(d.pop("spotReliability", UNSET))

        unavailable = d.pop("unavailable", UNSET)

        castai_inventory_v1_beta_1_instance_zone = cls(
            applied_discounts=applied_discounts,
            attachable_disks=attachable_disks,
            attachable_gpu_devices=attachable_gpu_devices,
            attached_gpu_devices=attached_gpu_devices,
            az_id=az_id,
            cpu_platforms=cpu_platforms,
            cpu_price=cpu_price,
            id=id,
            last_unavailable_at=last_unavailable_at,
            price=price,
            ram_price=ram_price,
            spot=spot,
            spot_reliability=spot_reliability,
            unavailable=unavailable,
        )

        castai_inventory_v1_beta_1_instance_zone.additional_properties = d
        return castai_inventory_v1_beta_1_instance_zone

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
