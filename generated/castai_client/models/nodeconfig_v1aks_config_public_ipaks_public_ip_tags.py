from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeconfigV1AKSConfigPublicIPAKSPublicIPTags")


@_attrs_define
class NodeconfigV1AKSConfigPublicIPAKSPublicIPTags:
    """
    Attributes:
        ip_tag_type (str | Unset):
        tag_value (str | Unset):
    """

    ip_tag_type: str | Unset = UNSET
    tag_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_tag_type = self.ip_tag_type

        tag_value = self.tag_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_tag_type is not UNSET:
            field_dict["ipTagType"] = ip_tag_type
        if tag_value is not UNSET:
            field_dict["tagValue"] = tag_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip_tag_type = d.pop("ipTagType", UNSET)

        tag_value = d.pop("tagValue", UNSET)

        nodeconfig_v1aks_config_public_ipaks_public_ip_tags = cls(
            ip_tag_type=ip_tag_type,
            tag_value=tag_value,
        )

        nodeconfig_v1aks_config_public_ipaks_public_ip_tags.additional_properties = d
        return nodeconfig_v1aks_config_public_ipaks_public_ip_tags

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
