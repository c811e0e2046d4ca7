from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_pagination_v1_beta_1_page import CastaiPaginationV1Beta1Page
    from ..models.dbo_v1_cache_query import DboV1CacheQuery


T = TypeVar("T", bound="DboV1GetCacheQueriesResponse")


@_attrs_define
class DboV1GetCacheQueriesResponse:
    """
    Attributes:
        items (list[DboV1CacheQuery] | Unset):
        next_page (CastaiPaginationV1Beta1Page | Unset):
        total_count (str | Unset):
    """

    items: list[DboV1CacheQuery] | Unset = UNSET
    next_page: CastaiPaginationV1Beta1Page | Unset = UNSET
    total_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        next_page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_page, Unset):
            next_page = self.next_page.to_dict()

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_pagination_v1_beta_1_page import (
            CastaiPaginationV1Beta1Page,  # noqa: PLC0415
        )
        from ..models.dbo_v1_cache_query import DboV1CacheQuery  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[DboV1CacheQuery] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = DboV1CacheQuery.from_dict(items_item_data)

                items.append(items_item)

        _next_page = d.pop("nextPage", UNSET)
        next_page: CastaiPaginationV1Beta1Page | Unset
        if isinstance(_next_page, Unset):
            next_page = UNSET
        else:
            next_page = CastaiPaginationV1Beta1Page.from_dict(_next_page)

        total_count = d.pop("totalCount", UNSET)

        dbo_v1_get_cache_queries_response = cls(
            items=items,
            next_page=next_page,
            total_count=total_count,
        )

        dbo_v1_get_cache_queries_response.additional_properties = d
        return dbo_v1_get_cache_queries_response

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
