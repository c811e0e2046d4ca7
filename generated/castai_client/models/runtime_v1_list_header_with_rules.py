from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_list_header import RuntimeV1ListHeader
    from ..models.runtime_v1_rule_header import RuntimeV1RuleHeader


T = TypeVar("T", bound="RuntimeV1ListHeaderWithRules")


@_attrs_define
class RuntimeV1ListHeaderWithRules:
    """
    Attributes:
        header (RuntimeV1ListHeader | Unset):
        used_by_rules (list[RuntimeV1RuleHeader] | Unset):
    """

    header: RuntimeV1ListHeader | Unset = UNSET
    used_by_rules: list[RuntimeV1RuleHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header.to_dict()

        used_by_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_by_rules, Unset):
            used_by_rules = []
            for used_by_rules_item_data in self.used_by_rules:
                used_by_rules_item = used_by_rules_item_data.to_dict()
                used_by_rules.append(used_by_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header is not UNSET:
            field_dict["header"] = header
        if used_by_rules is not UNSET:
            field_dict["usedByRules"] = used_by_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_list_header import RuntimeV1ListHeader  # noqa: PLC0415
        from ..models.runtime_v1_rule_header import RuntimeV1RuleHeader  # noqa: PLC0415

        d = dict(src_dict)
        _header = d.pop("header", UNSET)
        header: RuntimeV1ListHeader | Unset
        if isinstance(_header, Unset):
            header = UNSET
        else:
            header = RuntimeV1ListHeader.from_dict(_header)

        _used_by_rules = d.pop("usedByRules", UNSET)
        used_by_rules: list[RuntimeV1RuleHeader] | Unset = UNSET
        if _used_by_rules is not UNSET:
            used_by_rules = []
            for used_by_rules_item_data in _used_by_rules:
                used_by_rules_item = RuntimeV1RuleHeader.from_dict(
                    used_by_rules_item_data
                )

                used_by_rules.append(used_by_rules_item)

        runtime_v1_list_header_with_rules = cls(
            header=header,
            used_by_rules=used_by_rules,
        )

        runtime_v1_list_header_with_rules.additional_properties = d
        return runtime_v1_list_header_with_rules

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
