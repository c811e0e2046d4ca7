from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taint_effect import TaintEffect
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeTemplateTaint")


@_attrs_define
class NodeTemplateTaint:
    """A taint put on nodes created from a template.

    Attributes:
        key (str):  Example: dedicated.
        effect (TaintEffect | Unset): Effect of a node template taint. Example: NoSchedule.
        value (None | str | Unset):  Example: batch.
    """

    key: str
    effect: TaintEffect | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect.value

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
        effect: TaintEffect | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = TaintEffect(_effect)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        node_template_taint = cls(
            key=key,
            effect=effect,
            value=value,
        )

        node_template_taint.additional_properties = d
        return node_template_taint

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
