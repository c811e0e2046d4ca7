from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_anomaly import RuntimeV1Anomaly


T = TypeVar("T", bound="RuntimeV1GetAnomaliesResponse")


@_attrs_define
class RuntimeV1GetAnomaliesResponse:
    """
    Attributes:
        anomalies (list[RuntimeV1Anomaly] | Unset):
        count (int | Unset):
        next_cursor (str | Unset):
        previous_cursor (str | Unset):
    """

    anomalies: list[RuntimeV1Anomaly] | Unset = UNSET
    count: int | Unset = UNSET
    next_cursor: str | Unset = UNSET
    previous_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anomalies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.anomalies, Unset):
            anomalies = []
            for anomalies_item_data in self.anomalies:
                anomalies_item = anomalies_item_data.to_dict()
                anomalies.append(anomalies_item)

        count = self.count

        next_cursor = self.next_cursor

        previous_cursor = self.previous_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anomalies is not UNSET:
            field_dict["anomalies"] = anomalies
        if count is not UNSET:
            field_dict["count"] = count
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if previous_cursor is not UNSET:
            field_dict["previousCursor"] = previous_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_anomaly import RuntimeV1Anomaly  # noqa: PLC0415

        d = dict(src_dict)
        _anomalies = d.pop("anomalies", UNSET)
        anomalies: list[RuntimeV1Anomaly] | Unset = UNSET
        if _anomalies is not UNSET:
            anomalies = []
            for anomalies_item_data in _anomalies:
                anomalies_item = RuntimeV1Anomaly.from_dict(anomalies_item_data)

                anomalies.append(anomalies_item)

        count = d.pop("count", UNSET)

        next_cursor = d.pop("nextCursor", UNSET)

        previous_cursor = d.pop("previousCursor", UNSET)

        runtime_v1_get_anomalies_response = cls(
            anomalies=anomalies,
            count=count,
            next_cursor=next_cursor,
            previous_cursor=previous_cursor,
        )

        runtime_v1_get_anomalies_response.additional_properties = d
        return runtime_v1_get_anomalies_response

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
