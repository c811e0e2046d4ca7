from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_instance_type_cpu_manufacturer import (
    CastaiInventoryV1Beta1InstanceTypeCPUManufacturer,
    check_castai_inventory_v1_beta_1_instance_type_cpu_manufacturer,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_applied_discount import (
        CastaiInventoryV1Beta1AppliedDiscount,
    )
    from ..models.castai_inventory_v1_beta_1_attachable_disk import (
        CastaiInventoryV1Beta1AttachableDisk,
    )
    from ..models.castai_inventory_v1_beta_1_block_storage_info import (
        CastaiInventoryV1Beta1BlockStorageInfo,
    )
    from ..models.castai_inventory_v1_beta_1_instance_flexibility_info import (
        CastaiInventoryV1Beta1InstanceFlexibilityInfo,
    )
    from ..models.castai_inventory_v1_beta_1_instance_reliability import (
        CastaiInventoryV1Beta1InstanceReliability,
    )
    from ..models.castai_inventory_v1_beta_1_instance_type_availability import (
        CastaiInventoryV1Beta1InstanceTypeAvailability,
    )
    from ..models.castai_inventory_v1_beta_1_instance_zone import (
        CastaiInventoryV1Beta1InstanceZone,
    )
    from ..models.castai_inventory_v1_beta_1_network_info import (
        CastaiInventoryV1Beta1NetworkInfo,
    )
    from ..models.castai_inventory_v1_beta_1_neuron_info import (
        CastaiInventoryV1Beta1NeuronInfo,
    )
    from ..models.castai_inventory_v1_beta_1_storage_info import (
        CastaiInventoryV1Beta1StorageInfo,
    )
    from ..models.castai_inventory_v1_beta_1cpu_info import (
        CastaiInventoryV1Beta1CPUInfo,
    )
    from ..models.castai_inventory_v1_beta_1gpu_info import (
        CastaiInventoryV1Beta1GPUInfo,
    )
    from ..models.castai_inventory_v1_beta_1tpu_info import (
        CastaiInventoryV1Beta1TPUInfo,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceType")


@_attrs_define
class CastaiInventoryV1Beta1InstanceType:
    """
    Attributes:
        applied_discounts (list[CastaiInventoryV1Beta1AppliedDiscount] | Unset):
        architecture (str | Unset):
        attachable_disks (list[CastaiInventoryV1Beta1AttachableDisk] | Unset):
        availability (CastaiInventoryV1Beta1InstanceTypeAvailability | Unset):
        bare_metal (bool | Unset):
        block_storage_info (CastaiInventoryV1Beta1BlockStorageInfo | Unset):
        burstable (bool | Unset):
        cast_choice (bool | Unset):
        compute_optimized (bool | Unset):
        cpu_info (CastaiInventoryV1Beta1CPUInfo | Unset):
        cpu_manufacturers (list[CastaiInventoryV1Beta1InstanceTypeCPUManufacturer] | Unset):
        cpu_price (str | Unset):
        created_at (datetime.datetime | Unset):
        custom_instance (bool | Unset):
        disk_controller_types (list[str] | Unset):
        flexibility_info (CastaiInventoryV1Beta1InstanceFlexibilityInfo | Unset):
        gpu_info (CastaiInventoryV1Beta1GPUInfo | Unset):
        hyperv_generations (list[str] | Unset):
        hypervisor (None | str | Unset):
        id (str | Unset):
        instance_type (str | Unset):
        network_info (CastaiInventoryV1Beta1NetworkInfo | Unset):
        neuron_info (CastaiInventoryV1Beta1NeuronInfo | Unset):
        obsolete (bool | Unset):
        os (str | Unset):
        price (str | Unset):
        provider (str | Unset):
        ram (str | Unset):
        ram_price (str | Unset):
        region (str | Unset):
        sku_tier (None | str | Unset):
        spot_reliability (CastaiInventoryV1Beta1InstanceReliability | Unset):
        storage_info (CastaiInventoryV1Beta1StorageInfo | Unset):
        tpu_info (CastaiInventoryV1Beta1TPUInfo | Unset):
        updated_at (datetime.datetime | Unset):
        vcpu (str | Unset):
        zones (list[CastaiInventoryV1Beta1InstanceZone] | Unset):
    """

    applied_discounts: list[CastaiInventoryV1Beta1AppliedDiscount] | Unset = UNSET
    architecture: str | Unset = UNSET
    attachable_disks: list[CastaiInventoryV1Beta1AttachableDisk] | Unset = UNSET
    availability: CastaiInventoryV1Beta1InstanceTypeAvailability | Unset = UNSET
    bare_metal: bool | Unset = UNSET
    block_storage_info: CastaiInventoryV1Beta1BlockStorageInfo | Unset = UNSET
    burstable: bool | Unset = UNSET
    cast_choice: bool | Unset = UNSET
    compute_optimized: bool | Unset = UNSET
    cpu_info: CastaiInventoryV1Beta1CPUInfo | Unset = UNSET
    cpu_manufacturers: (
        list[CastaiInventoryV1Beta1InstanceTypeCPUManufacturer] | Unset
    ) = UNSET
    cpu_price: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    custom_instance: bool | Unset = UNSET
    disk_controller_types: list[str] | Unset = UNSET
    flexibility_info: CastaiInventoryV1Beta1InstanceFlexibilityInfo | Unset = UNSET
    gpu_info: CastaiInventoryV1Beta1GPUInfo | Unset = UNSET
    hyperv_generations: list[str] | Unset = UNSET
    hypervisor: None | str | Unset = UNSET
    id: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    network_info: CastaiInventoryV1Beta1NetworkInfo | Unset = UNSET
    neuron_info: CastaiInventoryV1Beta1NeuronInfo | Unset = UNSET
    obsolete: bool | Unset = UNSET
    os: str | Unset = UNSET
    price: str | Unset = UNSET
    provider: str | Unset = UNSET
    ram: str | Unset = UNSET
    ram_price: str | Unset = UNSET
    region: str | Unset = UNSET
    sku_tier: None | str | Unset = UNSET
    spot_reliability: CastaiInventoryV1Beta1InstanceReliability | Unset = UNSET
    storage_info: CastaiInventoryV1Beta1StorageInfo | Unset = UNSET
    tpu_info: CastaiInventoryV1Beta1TPUInfo | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    vcpu: str | Unset = UNSET
    zones: list[CastaiInventoryV1Beta1InstanceZone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applied_discounts, Unset):
            applied_discounts = []
            for applied_discounts_item_data in self.applied_discounts:
                applied_discounts_item = applied_discounts_item_data.to_dict()
                applied_discounts.append(applied_discounts_item)

        architecture = self.architecture

        attachable_disks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachable_disks, Unset):
            attachable_disks = []
            for attachable_disks_item_data in self.attachable_disks:
                attachable_disks_item = attachable_disks_item_data.to_dict()
                attachable_disks.append(attachable_disks_item)

        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        bare_metal = self.bare_metal

        block_storage_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_storage_info, Unset):
            block_storage_info = self.block_storage_info.to_dict()

        burstable = self.burstable

        cast_choice = self.cast_choice

        compute_optimized = self.compute_optimized

        cpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_info, Unset):
            cpu_info = self.cpu_info.to_dict()

        cpu_manufacturers: list[str] | Unset = UNSET
        if not isinstance(self.cpu_manufacturers, Unset):
            cpu_manufacturers = []
            for cpu_manufacturers_item_data in self.cpu_manufacturers:
                cpu_manufacturers_item: str = cpu_manufacturers_item_data
                cpu_manufacturers.append(cpu_manufacturers_item)

        cpu_price = self.cpu_price

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        custom_instance = self.custom_instance

        disk_controller_types: list[str] | Unset = UNSET
        if not isinstance(self.disk_controller_types, Unset):
            disk_controller_types = self.disk_controller_types

        flexibility_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flexibility_info, Unset):
            flexibility_info = self.flexibility_info.to_dict()

        gpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_info, Unset):
            gpu_info = self.gpu_info.to_dict()

        hyperv_generations: list[str] | Unset = UNSET
        if not isinstance(self.hyperv_generations, Unset):
            hyperv_generations = self.hyperv_generations

        hypervisor: None | str | Unset
        if isinstance(self.hypervisor, Unset):
            hypervisor = UNSET
        else:
            hypervisor = self.hypervisor

        id = self.id

        instance_type = self.instance_type

        network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_info, Unset):
            network_info = self.network_info.to_dict()

        neuron_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.neuron_info, Unset):
            neuron_info = self.neuron_info.to_dict()

        obsolete = self.obsolete

        os = self.os

        price = self.price

        provider = self.provider

        ram = self.ram

        ram_price = self.ram_price

        region = self.region

        sku_tier: None | str | Unset
        if isinstance(self.sku_tier, Unset):
            sku_tier = UNSET
        else:
            sku_tier = self.sku_tier

        spot_reliability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spot_reliability, Unset):
            spot_reliability = self.spot_reliability.to_dict()

        storage_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_info, Unset):
            storage_info = self.storage_info.to_dict()

        tpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tpu_info, Unset):
            tpu_info = self.tpu_info.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        vcpu = self.vcpu

        zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applied_discounts is not UNSET:
            field_dict["appliedDiscounts"] = applied_discounts
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if attachable_disks is not UNSET:
            field_dict["attachableDisks"] = attachable_disks
        if availability is not UNSET:
            field_dict["availability"] = availability
        if bare_metal is not UNSET:
            field_dict["bareMetal"] = bare_metal
        if block_storage_info is not UNSET:
            field_dict["blockStorageInfo"] = block_storage_info
        if burstable is not UNSET:
            field_dict["burstable"] = burstable
        if cast_choice is not UNSET:
            field_dict["castChoice"] = cast_choice
        if compute_optimized is not UNSET:
            field_dict["computeOptimized"] = compute_optimized
        if cpu_info is not UNSET:
            field_dict["cpuInfo"] = cpu_info
        if cpu_manufacturers is not UNSET:
            field_dict["cpuManufacturers"] = cpu_manufacturers
        if cpu_price is not UNSET:
            field_dict["cpuPrice"] = cpu_price
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if custom_instance is not UNSET:
            field_dict["customInstance"] = custom_instance
        if disk_controller_types is not UNSET:
            field_dict["diskControllerTypes"] = disk_controller_types
        if flexibility_info is not UNSET:
            field_dict["flexibilityInfo"] = flexibility_info
        if gpu_info is not UNSET:
            field_dict["gpuInfo"] = gpu_info
        if hyperv_generations is not UNSET:
            field_dict["hypervGenerations"] = hyperv_generations
        if hypervisor is not UNSET:
            field_dict["hypervisor"] = hypervisor
        if id is not UNSET:
            field_dict["id"] = id
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if network_info is not UNSET:
            field_dict["networkInfo"] = network_info
        if neuron_info is not UNSET:
            field_dict["neuronInfo"] = neuron_info
        if obsolete is not UNSET:
            field_dict["obsolete"] = obsolete
        if os is not UNSET:
            field_dict["os"] = os
        if price is not UNSET:
            field_dict["price"] = price
        if provider is not UNSET:
            field_dict["provider"] = provider
        if ram is not UNSET:
            field_dict["ram"] = ram
        if ram_price is not UNSET:
            field_dict["ramPrice"] = ram_price
        if region is not UNSET:
            field_dict["region"] = region
        if sku_tier is not UNSET:
            field_dict["skuTier"] = sku_tier
        if spot_reliability is not UNSET:
            field_dict["spotReliability"] = spot_reliability
        if storage_info is not UNSET:
            field_dict["storageInfo"] = storage_info
        if tpu_info is not UNSET:
            field_dict["tpuInfo"] = tpu_info
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if vcpu is not UNSET:
            field_dict["vcpu"] = vcpu
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_applied_discount import (
            CastaiInventoryV1Beta1AppliedDiscount,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_attachable_disk import (
            CastaiInventoryV1Beta1AttachableDisk,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_block_storage_info import (
            CastaiInventoryV1Beta1BlockStorageInfo,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_instance_flexibility_info import (
            CastaiInventoryV1Beta1InstanceFlexibilityInfo,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_instance_reliability import (
            CastaiInventoryV1Beta1InstanceReliability,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_instance_type_availability import (
            CastaiInventoryV1Beta1InstanceTypeAvailability,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_instance_zone import (
            CastaiInventoryV1Beta1InstanceZone,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_network_info import (
            CastaiInventoryV1Beta1NetworkInfo,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_neuron_info import (
            CastaiInventoryV1Beta1NeuronInfo,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_storage_info import (
            CastaiInventoryV1Beta1StorageInfo,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1cpu_info import (
            CastaiInventoryV1Beta1CPUInfo,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gpu_info import (
            CastaiInventoryV1Beta1GPUInfo,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1tpu_info import (
            CastaiInventoryV1Beta1TPUInfo,  # noqa: PLC0415
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

        architecture = d.pop("architecture", UNSET)

        _attachable_disks = d.pop("attachableDisks", UNSET)
        attachable_disks: list[CastaiInventoryV1Beta1AttachableDisk] | Unset = UNSET
        if _attachable_disks is not UNSET:
            attachable_disks = []
            for attachable_disks_item_data in _attachable_disks:
                attachable_disks_item = CastaiInventoryV1Beta1AttachableDisk.from_dict(
                    attachable_disks_item_data
                )

                attachable_disks.append(attachable_disks_item)

        _availability = d.pop("availability", UNSET)
        availability: CastaiInventoryV1Beta1InstanceTypeAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = CastaiInventoryV1Beta1InstanceTypeAvailability.from_dict(
                _availability
            )

        bare_metal = d.pop("bareMetal", UNSET)

        _block_storage_info = d.pop("blockStorageInfo", UNSET)
        block_storage_info: CastaiInventoryV1Beta1BlockStorageInfo | Unset
        if isinstance(_block_storage_info, Unset):
            block_storage_info = UNSET
        else:
            block_storage_info = CastaiInventoryV1Beta1BlockStorageInfo.from_dict(
                _block_storage_info
            )

        burstable = d.pop("burstable", UNSET)

        cast_choice = d.pop("castChoice", UNSET)

        compute_optimized = d.pop("computeOptimized", UNSET)

        _cpu_info = d.pop("cpuInfo", UNSET)
        cpu_info: CastaiInventoryV1Beta1CPUInfo | Unset
        if isinstance(_cpu_info, Unset):
            cpu_info = UNSET
        else:
            cpu_info = CastaiInventoryV1Beta1CPUInfo.from_dict(_cpu_info)

        _cpu_manufacturers = d.pop("cpuManufacturers", UNSET)
        cpu_manufacturers: (
            list[CastaiInventoryV1Beta1InstanceTypeCPUManufacturer] | Unset
        ) = UNSET
        if _cpu_manufacturers is not UNSET:
            cpu_manufacturers = []
            for cpu_manufacturers_item_data in _cpu_manufacturers:
                cpu_manufacturers_item = (
                    check_castai_inventory_v1_beta_1_instance_type_cpu_manufacturer(
                        cpu_manufacturers_item_data
                    )
                )

                cpu_manufacturers.append(cpu_manufacturers_item)

        cpu_price = d.pop("cpuPrice", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        custom_instance = d.pop("customInstance", UNSET)

        disk_controller_types = cast(list[str], d.pop("diskControllerTypes", UNSET))

        _flexibility_info = d.pop("flexibilityInfo", UNSET)
        flexibility_info: CastaiInventoryV1Beta1InstanceFlexibilityInfo | Unset
        if isinstance(_flexibility_info, Unset):
            flexibility_info = UNSET
        else:
            flexibility_info = CastaiInventoryV1Beta1InstanceFlexibilityInfo.from_dict(
                _flexibility_info
            )

        _gpu_info = d.pop("gpuInfo", UNSET)
        gpu_info: CastaiInventoryV1Beta1GPUInfo | Unset
        if isinstance(_gpu_info, Unset):
            gpu_info = UNSET
        else:
            gpu_info = CastaiInventoryV1Beta1GPUInfo.from_dict(_gpu_info)

        hyperv_generations = cast(list[str], d.pop("hypervGenerations", UNSET))

        def _parse_hypervisor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hypervisor = _parse_hypervisor(d.pop("hypervisor", UNSET))

        id = d.pop("id", UNSET)

        instance_type = d.pop("instanceType", UNSET)

        _network_info = d.pop("networkInfo", UNSET)
        network_info: CastaiInventoryV1Beta1NetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = CastaiInventoryV1Beta1NetworkInfo.from_dict(_network_info)

        _neuron_info = d.pop("neuronInfo", UNSET)
        neuron_info: CastaiInventoryV1Beta1NeuronInfo | Unset
        if isinstance(_neuron_info, Unset):
            neuron_info = UNSET
        else:
            neuron_info = CastaiInventoryV1Beta1NeuronInfo.from_dict(_neuron_info)

        obsolete = d.pop("obsolete", UNSET)

        os = d.pop("os", UNSET)

        price = d.pop("price", UNSET)

        provider = d.pop("provider", UNSET)

        ram = d.pop("ram", UNSET)

        ram_price = d.pop("ramPrice", UNSET)

        region = d.pop("region", UNSET)

        def _parse_sku_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku_tier = _parse_sku_tier(d.pop("skuTier", UNSET))

        _spot_reliability = d.pop("spotReliability", UNSET)
        spot_reliability: CastaiInventoryV1Beta1InstanceReliability | Unset
        if isinstance(_spot_reliability, Unset):
            spot_reliability = UNSET
        else:
            spot_reliability = CastaiInventoryV1Beta1InstanceReliability.from_dict(
                _spot_reliability
            )

        _storage_info = d.pop("storageInfo", UNSET)
        storage_info: CastaiInventoryV1Beta1StorageInfo | Unset
        if isinstance(_storage_info, Unset):
            storage_info = UNSET
        else:
            storage_info = CastaiInventoryV1Beta1StorageInfo.from_dict(_storage_info)

        _tpu_info = d.pop("tpuInfo", UNSET)
        tpu_info: CastaiInventoryV1Beta1TPUInfo | Unset
        if isinstance(_tpu_info, Unset):
            tpu_info = UNSET
        else:
            tpu_info = CastaiInventoryV1Beta1TPUInfo.from_dict(_tpu_info)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        vcpu = d.pop("vcpu", UNSET)

        _zones = d.pop("zones", UNSET)
        zones: list[CastaiInventoryV1Beta1InstanceZone] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = CastaiInventoryV1Beta1InstanceZone.from_dict(
                    zones_item_data
                )

                zones.append(zones_item)

        castai_inventory_v1_beta_1_instance_type = cls(
            applied_discounts=applied_discounts,
            architecture=architecture,
            attachable_disks=attachable_disks,
            availability=availability,
            bare_metal=bare_metal,
            block_storage_info=block_storage_info,
            burstable=burstable,
            cast_choice=cast_choice,
            compute_optimized=compute_optimized,
            cpu_info=cpu_info,
            cpu_manufacturers=cpu_manufacturers,
            cpu_price=cpu_price,
            created_at=created_at,
            custom_instance=custom_instance,
            disk_controller_types=disk_controller_types,
            flexibility_info=flexibility_info,
            gpu_info=gpu_info,
            hyperv_generations=hyperv_generations,
            hypervisor=hypervisor,
            id=id,
            instance_type=instance_type,
            network_info=network_info,
            neuron_info=neuron_info,
            obsolete=obsolete,
            os=os,
            price=price,
            provider=provider,
            ram=ram,
            ram_price=ram_price,
            region=region,
            sku_tier=sku_tier,
            spot_reliability=spot_reliability,
            storage_info=storage_info,
            tpu_info=tpu_info,
            updated_at=updated_at,
            vcpu=vcpu,
            zones=zones,
        )

        castai_inventory_v1_beta_1_instance_type.additional_properties = d
        return castai_inventory_v1_beta_1_instance_type

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
