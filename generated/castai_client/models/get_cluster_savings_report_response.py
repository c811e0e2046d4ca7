from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.savings_report_item import SavingsReportItem
    from ..models.savings_report_summary import SavingsReportSummary


T = TypeVar("T", bound="GetClusterSavingsReportResponse")


@_attrs_define
class GetClusterSavingsReportResponse:
    """Savings of a cluster over a time window.

    Attributes:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        items (list[SavingsReportItem]):
        summary (SavingsReportSummary | Unset): Totals over the whole report window.
    """

    cluster_id: UUID
    items: list[SavingsReportItem]
    summary: SavingsReportSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = str(self.cluster_id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "items": items,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.savings_report_item import SavingsReportItem  # noqa: PLC0415
        from ..models.savings_report_summary import SavingsReportSummary  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = UUID(d.pop("clusterId"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SavingsReportItem.from_dict(items_item_data)

            items.append(items_item)

        _summary = d.pop("summary", UNSET)
        summary: SavingsReportSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = SavingsReportSummary.from_dict(_summary)

        get_cluster_savings_report_response = cls(
            cluster_id=cluster_id,
            items=items,
            summary=summary,
        )

        get_cluster_savings_report_response.additional_properties = d
        return get_cluster_savings_report_response

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
