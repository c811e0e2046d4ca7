from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceFlexibilityInfo")


@_attrs_define
class CastaiInventoryV1Beta1InstanceFlexibilityInfo:
    """
    Attributes:
        flexibility_group (str | Unset):
    """

    flexibility_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flexibility_group = self.flexibility_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flexibility_group is not UNSET:
            field_dict["flexibilityGroup"] = flexibility_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flexibility_group = d.pop("flexibilityGroup", UNSET)

        castai_inventory_v1_beta_1_instance_flexibility_info = cls(
            flexibility_group=flexibility_group,
        )

        castai_inventory_v1_beta_1_instance_flexibility_info.additional_properties = d
        return castai_inventory_v1_beta_1_instance_flexibility_info

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
