from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavingsReportItem")


@_attrs_define
class SavingsReportItem:
    """Savings achieved during one report bucket.

    Attributes:
        timestamp (datetime.datetime):  Example: 2026-07-01T00:00:00Z.
        downscaling_savings (str | Unset): USD saved by removing and right-sizing nodes. Example: 12.40.
        spot_savings (str | Unset): USD saved by running on spot. Example: 8.75.
    """

    timestamp: datetime.datetime
    downscaling_savings: str | Unset = UNSET
    spot_savings: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        downscaling_savings = self.downscaling_savings

        spot_savings = self.spot_savings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if downscaling_savings is not UNSET:
            field_dict["downscalingSavings"] = downscaling_savings
        if spot_savings is not UNSET:
            field_dict["spotSavings"] = spot_savings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        downscaling_savings = d.pop("downscalingSavings", UNSET)

        spot_savings = d.pop("spotSavings", UNSET)

        savings_report_item = cls(
            timestamp=timestamp,
            downscaling_savings=downscaling_savings,
            spot_savings=spot_savings,
        )

        savings_report_item.additional_properties = d
        return savings_report_item

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
