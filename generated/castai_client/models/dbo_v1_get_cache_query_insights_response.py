from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_cache_insights_item import DboV1CacheInsightsItem
    from ..models.dbo_v1_cache_insights_summary import DboV1CacheInsightsSummary


T = TypeVar("T", bound="DboV1GetCacheQueryInsightsResponse")


@_attrs_define
class DboV1GetCacheQueryInsightsResponse:
    """
    Attributes:
        items (list[DboV1CacheInsightsItem] | Unset):
        summary (DboV1CacheInsightsSummary | Unset):
    """

    items: list[DboV1CacheInsightsItem] | Unset = UNSET
    summary: DboV1CacheInsightsSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_cache_insights_item import DboV1CacheInsightsItem  # noqa: PLC0415
        from ..models.dbo_v1_cache_insights_summary import DboV1CacheInsightsSummary  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[DboV1CacheInsightsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = DboV1CacheInsightsItem.from_dict(items_item_data)

                items.append(items_item)

        _summary = d.pop("summary", UNSET)
        summary: DboV1CacheInsightsSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = DboV1CacheInsightsSummary.from_dict(_summary)

        dbo_v1_get_cache_query_insights_response = cls(
            items=items,
            summary=summary,
        )

        dbo_v1_get_cache_query_insights_response.additional_properties = d
        return dbo_v1_get_cache_query_insights_response

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
