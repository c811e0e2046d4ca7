from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
        CastaiInventoryV1Beta1InstanceTypeBasedUsage,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AWSReservedInstancesContext")


@_attrs_define
class CastaiInventoryV1Beta1AWSReservedInstancesContext:
    """
    Attributes:
        availability_zone_id (None | str | Unset):
        availability_zone_name (None | str | Unset):
        effective_count (str | Unset):
        effective_cpu (str | Unset):
        effective_memory_mib (str | Unset):
        id (str | Unset):
        instance_count (str | Unset):
        instance_type (str | Unset):
        instance_type_cpu (str | Unset):
        instance_type_memory_mib (str | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        scope (str | Unset):
        state (str | Unset):
        total_cost (None | str | Unset):
    """

    availability_zone_id: None | str | Unset = UNSET
    availability_zone_name: None | str | Unset = UNSET
    effective_count: str | Unset = UNSET
    effective_cpu: str | Unset = UNSET
    effective_memory_mib: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_count: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    instance_type_cpu: str | Unset = UNSET
    instance_type_memory_mib: str | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    scope: str | Unset = UNSET
    state: str | Unset = UNSET
    total_cost: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_zone_id: None | str | Unset
        if isinstance(self.availability_zone_id, Unset):
            availability_zone_id = UNSET
        else:
            availability_zone_id = self.availability_zone_id

        availability_zone_name: None | str | Unset
        if isinstance(self.availability_zone_name, Unset):
            availability_zone_name = UNSET
        else:
            availability_zone_name = self.availability_zone_name

        effective_count = self.effective_count

        effective_cpu = self.effective_cpu

        effective_memory_mib = self.effective_memory_mib

        id = self.id

        instance_count = self.instance_count

        instance_type = self.instance_type

        instance_type_cpu = self.instance_type_cpu

        instance_type_memory_mib = self.instance_type_memory_mib

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        scope = self.scope

        state = self.state

        total_cost: None | str | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability_zone_id is not UNSET:
            field_dict["availabilityZoneId"] = availability_zone_id
        if availability_zone_name is not UNSET:
            field_dict["availabilityZoneName"] = availability_zone_name
        if effective_count is not UNSET:
            field_dict["effectiveCount"] = effective_count
        if effective_cpu is not UNSET:
            field_dict["effectiveCpu"] = effective_cpu
        if effective_memory_mib is not UNSET:
            field_dict["effectiveMemoryMib"] = effective_memory_mib
        if id is not UNSET:
            field_dict["id"] = id
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if instance_type_cpu is not UNSET:
            field_dict["instanceTypeCpu"] = instance_type_cpu
        if instance_type_memory_mib is not UNSET:
            field_dict["instanceTypeMemoryMib"] = instance_type_memory_mib
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if scope is not UNSET:
            field_dict["scope"] = scope
        if state is not UNSET:
            field_dict["state"] = state
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_availability_zone_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        availability_zone_id = _parse_availability_zone_id(
            d.pop("availabilityZoneId", UNSET)
        )

        def _parse_availability_zone_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        availability_zone_name = _parse_availability_zone_name(
            d.pop("availabilityZoneName", UNSET)
        )

        effective_count = d.pop("effectiveCount", UNSET)

        effective_cpu = d.pop("effectiveCpu", UNSET)

        effective_memory_mib = d.pop("effectiveMemoryMib", UNSET)

        id = d.pop("id", UNSET)

        instance_count = d.pop("instanceCount", UNSET)

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

        scope = d.pop("scope", UNSET)

        state = d.pop("state", UNSET)

        def _parse_total_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_cost = _parse_total_cost(d.pop("totalCost", UNSET))

        castai_inventory_v1_beta_1aws_reserved_instances_context = cls(
            availability_zone_id=availability_zone_id,
            availability_zone_name=availability_zone_name,
            effective_count=effective_count,
            effective_cpu=effective_cpu,
            effective_memory_mib=effective_memory_mib,
            id=id,
            instance_count=instance_count,
            instance_type=instance_type,
            instance_type_cpu=instance_type_cpu,
            instance_type_memory_mib=instance_type_memory_mib,
            instance_types_usage=instance_types_usage,
            scope=scope,
            state=state,
            total_cost=total_cost,
        )

        castai_inventory_v1_beta_1aws_reserved_instances_context.additional_properties = d
        return castai_inventory_v1_beta_1aws_reserved_instances_context

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
