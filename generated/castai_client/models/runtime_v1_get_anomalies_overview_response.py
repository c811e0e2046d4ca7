from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeV1GetAnomaliesOverviewResponse")


@_attrs_define
class RuntimeV1GetAnomaliesOverviewResponse:
    """
    Attributes:
        acked (int | Unset):
        closed (int | Unset):
        open_ (int | Unset):
    """

    acked: int | Unset = UNSET
    closed: int | Unset = UNSET
    open_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acked = self.acked

        closed = self.closed

        open_ = self.open_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acked is not UNSET:
            field_dict["acked"] = acked
        if closed is not UNSET:
            field_dict["closed"] = closed
        if open_ is not UNSET:
            field_dict["open"] = open_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acked = d.pop("acked", UNSET)

        closed = d.pop("closed", UNSET)

        open_ = d.pop("open", UNSET)

        runtime_v1_get_anomalies_overview_response = cls(
            acked=acked,
            closed=closed,
            open_=open_,
        )

        runtime_v1_get_anomalies_overview_response.additional_properties = d
        return runtime_v1_get_anomalies_overview_response

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
