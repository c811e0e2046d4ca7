from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
        CastaiInventoryV1Beta1InstanceTypeBasedUsage,
    )
    from ..models.castai_inventory_v1_beta_1gcp_reservation_accelerator import (
        CastaiInventoryV1Beta1GCPReservationAccelerator,
    )
    from ..models.castai_inventory_v1_beta_1gcp_reservation_local_ssd import (
        CastaiInventoryV1Beta1GCPReservationLocalSsd,
    )
    from ..models.castai_inventory_v1_beta_1gcp_reservation_share_settings import (
        CastaiInventoryV1Beta1GCPReservationShareSettings,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1GCPCapacityReservationContext")


@_attrs_define
class CastaiInventoryV1Beta1GCPCapacityReservationContext:
    """
    Attributes:
        accelerators (list[CastaiInventoryV1Beta1GCPReservationAccelerator] | Unset):
        assured_instance_count (str | Unset):
        effective_count (str | Unset):
        effective_cpu (str | Unset):
        effective_memory_mib (str | Unset):
        id (str | Unset):
        in_use_instance_count (str | Unset):
        instance_type (str | Unset):
        instance_type_cpu (str | Unset):
        instance_type_memory_mib (str | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        local_ssds (list[CastaiInventoryV1Beta1GCPReservationLocalSsd] | Unset):
        min_cpu_platform (str | Unset):
        project_id (str | Unset):
        share_settings (CastaiInventoryV1Beta1GCPReservationShareSettings | Unset):
        specific_reservation_required (bool | Unset):
        state (str | Unset):
        total_instance_count (str | Unset):
        zone (str | Unset):
    """

    accelerators: list[CastaiInventoryV1Beta1GCPReservationAccelerator] | Unset = UNSET
    assured_instance_count: str | Unset = UNSET
    effective_count: str | Unset = UNSET
    effective_cpu: str | Unset = UNSET
    effective_memory_mib: str | Unset = UNSET
    id: str | Unset = UNSET
    in_use_instance_count: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    instance_type_cpu: str | Unset = UNSET
    instance_type_memory_mib: str | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    local_ssds: list[CastaiInventoryV1Beta1GCPReservationLocalSsd] | Unset = UNSET
    min_cpu_platform: str | Unset = UNSET
    project_id: str | Unset = UNSET
    share_settings: CastaiInventoryV1Beta1GCPReservationShareSettings | Unset = UNSET
    specific_reservation_required: bool | Unset = UNSET
    state: str | Unset = UNSET
    total_instance_count: str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accelerators, Unset):
            accelerators = []
            for accelerators_item_data in self.accelerators:
                accelerators_item = accelerators_item_data.to_dict()
                accelerators.append(accelerators_item)

        assured_instance_count = self.assured_instance_count

        effective_count = self.effective_count

        effective_cpu = self.effective_cpu

        effective_memory_mib = self.effective_memory_mib

        id = self.id

        in_use_instance_count = self.in_use_instance_count

        instance_type = self.instance_type

        instance_type_cpu = self.instance_type_cpu

        instance_type_memory_mib = self.instance_type_memory_mib

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        local_ssds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.local_ssds, Unset):
            local_ssds = []
            for local_ssds_item_data in self.local_ssds:
                local_ssds_item = local_ssds_item_data.to_dict()
                local_ssds.append(local_ssds_item)

        min_cpu_platform = self.min_cpu_platform

        project_id = self.project_id

        share_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share_settings, Unset):
            share_settings = self.share_settings.to_dict()

        specific_reservation_required = self.specific_reservation_required

        state = self.state

        total_instance_count = self.total_instance_count

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accelerators is not UNSET:
            field_dict["accelerators"] = accelerators
        if assured_instance_count is not UNSET:
            field_dict["assuredInstanceCount"] = assured_instance_count
        if effective_count is not UNSET:
            field_dict["effectiveCount"] = effective_count
        if effective_cpu is not UNSET:
            field_dict["effectiveCpu"] = effective_cpu
        if effective_memory_mib is not UNSET:
            field_dict["effectiveMemoryMib"] = effective_memory_mib
        if id is not UNSET:
            field_dict["id"] = id
        if in_use_instance_count is not UNSET:
            field_dict["inUseInstanceCount"] = in_use_instance_count
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if instance_type_cpu is not UNSET:
            field_dict["instanceTypeCpu"] = instance_type_cpu
        if instance_type_memory_mib is not UNSET:
            field_dict["instanceTypeMemoryMib"] = instance_type_memory_mib
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if local_ssds is not UNSET:
            field_dict["localSsds"] = local_ssds
        if min_cpu_platform is not UNSET:
            field_dict["minCpuPlatform"] = min_cpu_platform
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if share_settings is not UNSET:
            field_dict["shareSettings"] = share_settings
        if specific_reservation_required is not UNSET:
            field_dict["specificReservationRequired"] = specific_reservation_required
        if state is not UNSET:
            field_dict["state"] = state
        if total_instance_count is not UNSET:
            field_dict["totalInstanceCount"] = total_instance_count
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gcp_reservation_accelerator import (
            CastaiInventoryV1Beta1GCPReservationAccelerator,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gcp_reservation_local_ssd import (
            CastaiInventoryV1Beta1GCPReservationLocalSsd,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gcp_reservation_share_settings import (
            CastaiInventoryV1Beta1GCPReservationShareSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _accelerators = d.pop("accelerators", UNSET)
        accelerators: list[CastaiInventoryV1Beta1GCPReservationAccelerator] | Unset = (
            UNSET
        )
        if _accelerators is not UNSET:
            accelerators = []
            for accelerators_item_data in _accelerators:
                accelerators_item = (
                    CastaiInventoryV1Beta1GCPReservationAccelerator.from_dict(
                        accelerators_item_data
                    )
                )

                accelerators.append(accelerators_item)

        assured_instance_count = d.pop("assuredInstanceCount", UNSET)

        effective_count = d.pop("effectiveCount", UNSET)

        effective_cpu = d.pop("effectiveCpu", UNSET)

        effective_memory_mib = d.pop("effectiveMemoryMib", UNSET)

        id = d.pop("id", UNSET)

        in_use_instance_count = d.pop("inUseInstanceCount", UNSET)

        instance_type = d.pop("instanceType", UNSET)

        instance_type_cpu = d.pop("instanceTypeCpu", UNSET)

        instance_type_memory_mib = d.pop("instanceTypeMemoryMib", UNSET)

        _instance_types_usage = d.pop("instanceTypesUsage", UNSET)
        instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset
        if isinstance(_instance_types_usage, Unset):
            instance_types_usage = UNSET
        else:
            instance_types_usage = (
                CastaiInventoryV1Beta1InstanceTypeBasedUsage.from_dict(
                    _instance_types_usage
                )
            )

        _local_ssds = d.pop("localSsds", UNSET)
        local_ssds: list[CastaiInventoryV1Beta1GCPReservationLocalSsd] | Unset = UNSET
        if _local_ssds is not UNSET:
            local_ssds = []
            for local_ssds_item_data in _local_ssds:
                local_ssds_item = (
                    CastaiInventoryV1Beta1GCPReservationLocalSsd.from_dict(
                        local_ssds_item_data
                    )
                )

                local_ssds.append(local_ssds_item)

        min_cpu_platform = d.pop("minCpuPlatform", UNSET)

        project_id = d.pop("projectId", UNSET)

        _share_settings = d.pop("shareSettings", UNSET)
        share_settings: CastaiInventoryV1Beta1GCPReservationShareSettings | Unset
        if isinstance(_share_settings, Unset):
            share_settings = UNSET
        else:
            share_settings = (
                CastaiInventoryV1Beta1GCPReservationShareSettings.from_dict(
                    _share_settings
                )
            )

        specific_reservation_required = d.pop("specificReservationRequired", UNSET)

        state = d.pop("state", UNSET)

        total_instance_count = d.pop("totalInstanceCount", UNSET)

        zone = d.pop("zone", UNSET)

        castai_inventory_v1_beta_1gcp_capacity_reservation_context = cls(
            accelerators=accelerators,
            assured_instance_count=assured_instance_count,
            effective_count=effective_count,
            effective_cpu=effective_cpu,
            effective_memory_mib=effective_memory_mib,
            id=id,
            in_use_instance_count=in_use_instance_count,
            instance_type=instance_type,
            instance_type_cpu=instance_type_cpu,
            instance_type_memory_mib=instance_type_memory_mib,
            instance_types_usage=instance_types_usage,
            local_ssds=local_ssds,
            min_cpu_platform=min_cpu_platform,
            project_id=project_id,
            share_settings=share_settings,
            specific_reservation_required=specific_reservation_required,
            state=state,
            total_instance_count=total_instance_count,
            zone=zone,
        )

        castai_inventory_v1_beta_1gcp_capacity_reservation_context.additional_properties = d
        return castai_inventory_v1_beta_1gcp_capacity_reservation_context

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
