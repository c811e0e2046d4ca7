from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runtime_v1_validation_type import (
    RuntimeV1ValidationType,
    check_runtime_v1_validation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeV1ValidateRequest")


@_attrs_define
class RuntimeV1ValidateRequest:
    """
    Attributes:
        rule_text (str | Unset):
        type_ (RuntimeV1ValidationType | Unset):
    """

    rule_text: str | Unset = UNSET
    type_: RuntimeV1ValidationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_text = self.rule_text

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_text is not UNSET:
            field_dict["ruleText"] = rule_text
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_text = d.pop("ruleText", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RuntimeV1ValidationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_runtime_v1_validation_type(_type_)

        runtime_v1_validate_request = cls(
            rule_text=rule_text,
            type_=type_,
        )

        runtime_v1_validate_request.additional_properties = d
        return runtime_v1_validate_request

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
