from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """Request counts for the current billing period.

    Attributes:
        overage (int): Requests above the project's included quota in the period. Example: 0.
        period_end (datetime.date): Last day of the billing period (inclusive). Example: 2026-03-31.
        period_start (datetime.date): First day of the billing period (inclusive). Example: 2026-03-01.
        requests (int): Requests counted so far in the period. Example: 184902.
    """

    overage: int
    period_end: datetime.date
    period_start: datetime.date
    requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overage = self.overage

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        requests = self.requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overage": overage,
                "period_end": period_end,
                "period_start": period_start,
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overage = d.pop("overage")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        requests = d.pop("requests")

        usage = cls(
            overage=overage,
            period_end=period_end,
            period_start=period_start,
            requests=requests,
        )

        usage.additional_properties = d
        return usage

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
