from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceTypeWithFamily")


@_attrs_define
class CastaiInventoryV1Beta1InstanceTypeWithFamily:
    """
    Attributes:
        cloud_service_provider (str | Unset):
        family (str | Unset):
        instance_type (str | Unset):
    """

    cloud_service_provider: str | Unset = UNSET
    family: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_service_provider = self.cloud_service_provider

        family = self.family

        instance_type = self.instance_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud_service_provider is not UNSET:
            field_dict["cloudServiceProvider"] = cloud_service_provider
        if family is not UNSET:
            field_dict["family"] = family
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_service_provider = d.pop("cloudServiceProvider", UNSET)

        family = d.pop("family", UNSET)

        instance_type = d.pop("instanceType", UNSET)

        castai_inventory_v1_beta_1_instance_type_with_family = cls(
            cloud_service_provider=cloud_service_provider,
            family=family,
            instance_type=instance_type,
        )

        castai_inventory_v1_beta_1_instance_type_with_family.additional_properties = d
        return castai_inventory_v1_beta_1_instance_type_with_family

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
