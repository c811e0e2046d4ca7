from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GCPNodeConfig")


@_attrs_define
class GCPNodeConfig:
    """GCP-specific settings for a new node.

    Attributes:
        disk_type (str | Unset):  Example: pd-balanced.
        network_tags (list[str] | Unset):
    """

    disk_type: str | Unset = UNSET
    network_tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk_type = self.disk_type

        network_tags: list[str] | Unset = UNSET
        if not isinstance(self.network_tags, Unset):
            network_tags = self.network_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disk_type is not UNSET:
            field_dict["diskType"] = disk_type
        if network_tags is not UNSET:
            field_dict["networkTags"] = network_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disk_type = d.pop("diskType", UNSET)

        network_tags = cast(list[str], d.pop("networkTags", UNSET))

        gcp_node_config = cls(
            disk_type=disk_type,
            network_tags=network_tags,
        )

        gcp_node_config.additional_properties = d
        return gcp_node_config

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
