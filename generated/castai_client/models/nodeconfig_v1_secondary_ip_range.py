from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeconfigV1SecondaryIPRange")


@_attrs_define
class NodeconfigV1SecondaryIPRange:
    """
    Attributes:
        range_name (str | Unset):
    """

    range_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_name = self.range_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_name is not UNSET:
            field_dict["rangeName"] = range_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        range_name = d.pop("rangeName", UNSET)

        nodeconfig_v1_secondary_ip_range = cls(
            range_name=range_name,
        )

        nodeconfig_v1_secondary_ip_range.additional_properties = d
        return nodeconfig_v1_secondary_ip_range

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
