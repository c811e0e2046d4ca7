from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1aws_availability_zone_mapping import (
        CastaiInventoryV1Beta1AWSAvailabilityZoneMapping,
    )
    from ..models.castai_inventory_v1_beta_1aws_reserved_instances import (
        CastaiInventoryV1Beta1AWSReservedInstances,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AWSRegionReservedInstances")


@_attrs_define
class CastaiInventoryV1Beta1AWSRegionReservedInstances:
    """
    Attributes:
        availability_zone_mappings (list[CastaiInventoryV1Beta1AWSAvailabilityZoneMapping] | Unset):
        region (str | Unset):
        reserved_instances (list[CastaiInventoryV1Beta1AWSReservedInstances] | Unset):
    """

    availability_zone_mappings: (
        list[CastaiInventoryV1Beta1AWSAvailabilityZoneMapping] | Unset
    ) = UNSET
    region: str | Unset = UNSET
    reserved_instances: list[CastaiInventoryV1Beta1AWSReservedInstances] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_zone_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability_zone_mappings, Unset):
            availability_zone_mappings = []
            for availability_zone_mappings_item_data in self.availability_zone_mappings:
                availability_zone_mappings_item = (
                    availability_zone_mappings_item_data.to_dict()
                )
                availability_zone_mappings.append(availability_zone_mappings_item)

        region = self.region

        reserved_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reserved_instances, Unset):
            reserved_instances = []
            for reserved_instances_item_data in self.reserved_instances:
                reserved_instances_item = reserved_instances_item_data.to_dict()
                reserved_instances.append(reserved_instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability_zone_mappings is not UNSET:
            field_dict["availabilityZoneMappings"] = availability_zone_mappings
        if region is not UNSET:
            field_dict["region"] = region
        if reserved_instances is not UNSET:
            field_dict["reservedInstances"] = reserved_instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1aws_availability_zone_mapping import (
            CastaiInventoryV1Beta1AWSAvailabilityZoneMapping,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1aws_reserved_instances import (
            CastaiInventoryV1Beta1AWSReservedInstances,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _availability_zone_mappings = d.pop("availabilityZoneMappings", UNSET)
        availability_zone_mappings: (
            list[CastaiInventoryV1Beta1AWSAvailabilityZoneMapping] | Unset
        ) = UNSET
        if _availability_zone_mappings is not UNSET:
            availability_zone_mappings = []
            for availability_zone_mappings_item_data in _availability_zone_mappings:
                availability_zone_mappings_item = (
                    CastaiInventoryV1Beta1AWSAvailabilityZoneMapping.from_dict(
                        availability_zone_mappings_item_data
                    )
                )

                availability_zone_mappings.append(availability_zone_mappings_item)

        region = d.pop("region", UNSET)

        _reserved_instances = d.pop("reservedInstances", UNSET)
        reserved_instances: list[CastaiInventoryV1Beta1AWSReservedInstances] | Unset = (
            UNSET
        )
        if _reserved_instances is not UNSET:
            reserved_instances = []
            for reserved_instances_item_data in _reserved_instances:
                reserved_instances_item = (
                    CastaiInventoryV1Beta1AWSReservedInstances.from_dict(
                        reserved_instances_item_data
                    )
                )

                reserved_instances.append(reserved_instances_item)

        castai_inventory_v1_beta_1aws_region_reserved_instances = cls(
            availability_zone_mappings=availability_zone_mappings,
            region=region,
            reserved_instances=reserved_instances,
        )

        castai_inventory_v1_beta_1aws_region_reserved_instances.additional_properties = d
        return castai_inventory_v1_beta_1aws_region_reserved_instances

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
