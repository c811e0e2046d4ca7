from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_aggregate import (
        CastaiInventoryV1Beta1InstanceTypeAggregate,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1GetOrganizationResourceUsageResponse")


@_attrs_define
class CastaiInventoryV1Beta1GetOrganizationResourceUsageResponse:
    """
    Attributes:
        instance_types (list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset):
    """

    instance_types: list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_types, Unset):
            instance_types = []
            for instance_types_item_data in self.instance_types:
                instance_types_item = instance_types_item_data.to_dict()
                instance_types.append(instance_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_types is not UNSET:
            field_dict["instanceTypes"] = instance_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_aggregate import (
            CastaiInventoryV1Beta1InstanceTypeAggregate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _instance_types = d.pop("instanceTypes", UNSET)
        instance_types: list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset = (
            UNSET
        )
        if _instance_types is not UNSET:
            instance_types = []
            for instance_types_item_data in _instance_types:
                instance_types_item = (
                    CastaiInventoryV1Beta1InstanceTypeAggregate.from_dict(
                        instance_types_item_data
                    )
                )

                instance_types.append(instance_types_item)

        castai_inventory_v1_beta_1_get_organization_resource_usage_response = cls(
            instance_types=instance_types,
        )

        castai_inventory_v1_beta_1_get_organization_resource_usage_response.additional_properties = d
        return castai_inventory_v1_beta_1_get_organization_resource_usage_response

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
