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


T = TypeVar("T", bound="CastaiInventoryV1Beta1AWSODCRContext")


@_attrs_define
class CastaiInventoryV1Beta1AWSODCRContext:
    """
    Attributes:
        availability_zone (str | Unset):
        availability_zone_id (str | Unset):
        available_instance_count (str | Unset):
        effective_count (str | Unset):
        end_date_type (str | Unset):
        hourly_price (str | Unset):
        id (str | Unset):
        instance_match_criteria (str | Unset):
        instance_platform (str | Unset):
        instance_type (str | Unset):
        instance_type_cpu (str | Unset):
        instance_type_memory_mib (str | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        interruptible (bool | Unset):
        state (str | Unset):
        tenancy (str | Unset):
        total_instance_count (str | Unset):
    """

    availability_zone: str | Unset = UNSET
    availability_zone_id: str | Unset = UNSET
    available_instance_count: str | Unset = UNSET
    effective_count: str | Unset = UNSET
    end_date_type: str | Unset = UNSET
    hourly_price: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_match_criteria: str | Unset = UNSET
    instance_platform: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    instance_type_cpu: str | Unset = UNSET
    instance_type_memory_mib: str | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    interruptible: bool | Unset = UNSET
    state: str | Unset = UNSET
    tenancy: str | Unset = UNSET
    total_instance_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_zone = self.availability_zone

        availability_zone_id = self.availability_zone_id

        available_instance_count = self.available_instance_count

        effective_count = self.effective_count

        end_date_type = self.end_date_type

        hourly_price = self.hourly_price

        id = self.id

        instance_match_criteria = self.instance_match_criteria

        instance_platform = self.instance_platform

        instance_type = self.instance_type

        instance_type_cpu = self.instance_type_cpu

        instance_type_memory_mib = self.instance_type_memory_mib

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        interruptible = self.interruptible

        state = self.state

        tenancy = self.tenancy

        total_instance_count = self.total_instance_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability_zone is not UNSET:
            field_dict["availabilityZone"] = availability_zone
        if availability_zone_id is not UNSET:
            field_dict["availabilityZoneId"] = availability_zone_id
        if available_instance_count is not UNSET:
            field_dict["availableInstanceCount"] = available_instance_count
        if effective_count is not UNSET:
            field_dict["effectiveCount"] = effective_count
        if end_date_type is not UNSET:
            field_dict["endDateType"] = end_date_type
        if hourly_price is not UNSET:
            field_dict["hourlyPrice"] = hourly_price
        if id is not UNSET:
            field_dict["id"] = id
        if instance_match_criteria is not UNSET:
            field_dict["instanceMatchCriteria"] = instance_match_criteria
        if instance_platform is not UNSET:
            field_dict["instancePlatform"] = instance_platform
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if instance_type_cpu is not UNSET:
            field_dict["instanceTypeCpu"] = instance_type_cpu
        if instance_type_memory_mib is not UNSET:
            field_dict["instanceTypeMemoryMib"] = instance_type_memory_mib
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if interruptible is not UNSET:
            field_dict["interruptible"] = interruptible
        if state is not UNSET:
            field_dict["state"] = state
        if tenancy is not UNSET:
            field_dict["tenancy"] = tenancy
        if total_instance_count is not UNSET:
            field_dict["totalInstanceCount"] = total_instance_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        availability_zone = d.pop("availabilityZone", UNSET)

        availability_zone_id = d.pop("availabilityZoneId", UNSET)

        available_instance_count = d.pop("availableInstanceCount", UNSET)

        effective_count = d.pop("effectiveCount", UNSET)

        end_date_type = d.pop("endDateType", UNSET)

        hourly_price = d.pop("hourlyPrice", UNSET)

        id = d.pop("id", UNSET)

        instance_match_criteria = d.pop("instanceMatchCriteria", UNSET)

        instance_platform = d.pop("instancePlatform", UNSET)

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

        interruptible = d.pop("interruptible", UNSET)

        state = d.pop("state", UNSET)

        tenancy = d.pop("tenancy", UNSET)

        total_instance_count = d.pop("totalInstanceCount", UNSET)

        castai_inventory_v1_beta_1awsodcr_context = cls(
            availability_zone=availability_zone,
            availability_zone_id=availability_zone_id,
            available_instance_count=available_instance_count,
            effective_count=effective_count,
            end_date_type=end_date_type,
            hourly_price=hourly_price,
            id=id,
            instance_match_criteria=instance_match_criteria,
            instance_platform=instance_platform,
            instance_type=instance_type,
            instance_type_cpu=instance_type_cpu,
            instance_type_memory_mib=instance_type_memory_mib,
            instance_types_usage=instance_types_usage,
            interruptible=interruptible,
            state=state,
            tenancy=tenancy,
            total_instance_count=total_instance_count,
        )

        castai_inventory_v1_beta_1awsodcr_context.additional_properties = d
        return castai_inventory_v1_beta_1awsodcr_context

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
