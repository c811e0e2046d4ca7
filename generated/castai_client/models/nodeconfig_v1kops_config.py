from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeconfigV1KOPSConfig")


@_attrs_define
class NodeconfigV1KOPSConfig:
    """
    Attributes:
        key_pair_id (None | str | Unset):
    """

    key_pair_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_pair_id: None | str | Unset
        if isinstance(self.key_pair_id, Unset):
            key_pair_id = UNSET
        else:
            key_pair_id = self.key_pair_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_pair_id is not UNSET:
            field_dict["keyPairId"] = key_pair_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_key_pair_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_pair_id = _parse_key_pair_id(d.pop("keyPairId", UNSET))

        nodeconfig_v1kops_config = cls(
            key_pair_id=key_pair_id,
        )

        nodeconfig_v1kops_config.additional_properties = d
        return nodeconfig_v1kops_config

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
