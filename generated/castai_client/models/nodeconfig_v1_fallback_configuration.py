from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeconfigV1FallbackConfiguration")


@_attrs_define
class NodeconfigV1FallbackConfiguration:
    """
    Attributes:
        fallback_instance_type (None | str | Unset):
    """

    fallback_instance_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_instance_type: None | str | Unset
        if isinstance(self.fallback_instance_type, Unset):
            fallback_instance_type = UNSET
        else:
            fallback_instance_type = self.fallback_instance_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fallback_instance_type is not UNSET:
            field_dict["fallbackInstanceType"] = fallback_instance_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_fallback_instance_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_instance_type = _parse_fallback_instance_type(
            d.pop("fallbackInstanceType", UNSET)
        )

        nodeconfig_v1_fallback_configuration = cls(
            fallback_instance_type=fallback_instance_type,
        )

        nodeconfig_v1_fallback_configuration.additional_properties = d
        return nodeconfig_v1_fallback_configuration

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
