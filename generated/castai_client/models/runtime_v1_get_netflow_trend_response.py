from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_get_netflow_trend_response_items import (
        RuntimeV1GetNetflowTrendResponseItems,
    )


T = TypeVar("T", bound="RuntimeV1GetNetflowTrendResponse")


@_attrs_define
class RuntimeV1GetNetflowTrendResponse:
    """
    Attributes:
        timeseries (list[RuntimeV1GetNetflowTrendResponseItems] | Unset):
    """

    timeseries: list[RuntimeV1GetNetflowTrendResponseItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeseries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timeseries, Unset):
            timeseries = []
            for timeseries_item_data in self.timeseries:
                timeseries_item = timeseries_item_data.to_dict()
                timeseries.append(timeseries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeseries is not UNSET:
            field_dict["timeseries"] = timeseries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_get_netflow_trend_response_items import (
            RuntimeV1GetNetflowTrendResponseItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _timeseries = d.pop("timeseries", UNSET)
        timeseries: list[RuntimeV1GetNetflowTrendResponseItems] | Unset = UNSET
        if _timeseries is not UNSET:
            timeseries = []
            for timeseries_item_data in _timeseries:
                timeseries_item = RuntimeV1GetNetflowTrendResponseItems.from_dict(
                    timeseries_item_data
                )

                timeseries.append(timeseries_item)

        runtime_v1_get_netflow_trend_response = cls(
            timeseries=timeseries,
        )

        runtime_v1_get_netflow_trend_response.additional_properties = d
        return runtime_v1_get_netflow_trend_response

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
