from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodetemplates_v1_taint_effect import (
    NodetemplatesV1TaintEffect,
    check_nodetemplates_v1_taint_effect,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1TaintWithOptionalEffect")


@_attrs_define
class NodetemplatesV1TaintWithOptionalEffect:
    """
    Attributes:
        key (str):
        effect (NodetemplatesV1TaintEffect | Unset):
        value (None | str | Unset):
    """

    key: str
    effect: NodetemplatesV1TaintEffect | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if effect is not UNSET:
            field_dict["effect"] = effect
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        _effect = d.pop("effect", UNSET)
        effect: NodetemplatesV1TaintEffect | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = check_nodetemplates_v1_taint_effect(_effect)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        nodetemplates_v1_taint_with_optional_effect = cls(
            key=key,
            effect=effect,
            value=value,
        )

        nodetemplates_v1_taint_with_optional_effect.additional_properties = d
        return nodetemplates_v1_taint_with_optional_effect

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
