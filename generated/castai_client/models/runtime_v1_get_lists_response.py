from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_list_header_with_rules import RuntimeV1ListHeaderWithRules


T = TypeVar("T", bound="RuntimeV1GetListsResponse")


@_attrs_define
class RuntimeV1GetListsResponse:
    """
    Attributes:
        count (int | Unset):
        lists (list[RuntimeV1ListHeaderWithRules] | Unset):
        next_cursor (str | Unset):
        previous_cursor (str | Unset):
    """

    count: int | Unset = UNSET
    lists: list[RuntimeV1ListHeaderWithRules] | Unset = UNSET
    next_cursor: str | Unset = UNSET
    previous_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        next_cursor = self.next_cursor

        previous_cursor = self.previous_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if lists is not UNSET:
            field_dict["lists"] = lists
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if previous_cursor is not UNSET:
            field_dict["previousCursor"] = previous_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_list_header_with_rules import (
            RuntimeV1ListHeaderWithRules,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _lists = d.pop("lists", UNSET)
        lists: list[RuntimeV1ListHeaderWithRules] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = RuntimeV1ListHeaderWithRules.from_dict(lists_item_data)

                lists.append(lists_item)

        next_cursor = d.pop("nextCursor", UNSET)

        previous_cursor = d.pop("previousCursor", UNSET)

        runtime_v1_get_lists_response = cls(
            count=count,
            lists=lists,
            next_cursor=next_cursor,
            previous_cursor=previous_cursor,
        )

        runtime_v1_get_lists_response.additional_properties = d
        return runtime_v1_get_lists_response

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
