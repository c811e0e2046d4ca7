from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeV1GetNetflowTrendResponseItems")


@_attrs_define
class RuntimeV1GetNetflowTrendResponseItems:
    """
    Attributes:
        rx_bytes (str | Unset):
        time (datetime.datetime | Unset):
        tx_bytes (str | Unset):
    """

    rx_bytes: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    tx_bytes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rx_bytes = self.rx_bytes

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        tx_bytes = self.tx_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rx_bytes is not UNSET:
            field_dict["rxBytes"] = rx_bytes
        if time is not UNSET:
            field_dict["time"] = time
        if tx_bytes is not UNSET:
            field_dict["txBytes"] = tx_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rx_bytes = d.pop("rxBytes", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        tx_bytes = d.pop("txBytes", UNSET)

        runtime_v1_get_netflow_trend_response_items = cls(
            rx_bytes=rx_bytes,
            time=time,
            tx_bytes=tx_bytes,
        )

        runtime_v1_get_netflow_trend_response_items.additional_properties = d
        return runtime_v1_get_netflow_trend_response_items

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
