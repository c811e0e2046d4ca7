from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_rule import RuntimeV1Rule


T = TypeVar("T", bound="RuntimeV1GetRulesResponse")


@_attrs_define
class RuntimeV1GetRulesResponse:
    """
    Attributes:
        count (int | Unset):
        next_cursor (str | Unset):
        previous_cursor (str | Unset):
        rules (list[RuntimeV1Rule] | Unset):
    """

    count: int | Unset = UNSET
    next_cursor: str | Unset = UNSET
    previous_cursor: str | Unset = UNSET
    rules: list[RuntimeV1Rule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_cursor = self.next_cursor

        previous_cursor = self.previous_cursor

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if previous_cursor is not UNSET:
            field_dict["previousCursor"] = previous_cursor
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_rule import RuntimeV1Rule  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        next_cursor = d.pop("nextCursor", UNSET)

        previous_cursor = d.pop("previousCursor", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[RuntimeV1Rule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = RuntimeV1Rule.from_dict(rules_item_data)

                rules.append(rules_item)

        runtime_v1_get_rules_response = cls(
            count=count,
            next_cursor=next_cursor,
            previous_cursor=previous_cursor,
            rules=rules,
        )

        runtime_v1_get_rules_response.additional_properties = d
        return runtime_v1_get_rules_response

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
