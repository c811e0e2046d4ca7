from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_traffic_insights_type import (
    DboV1TrafficInsightsType,
    check_dbo_v1_traffic_insights_type,
)

T = TypeVar("T", bound="DboV1ProxyStateTrafficInsights")


@_attrs_define
class DboV1ProxyStateTrafficInsights:
    """
    Attributes:
        timestamp (datetime.datetime):
        type_ (DboV1TrafficInsightsType):
    """

    timestamp: datetime.datetime
    type_: DboV1TrafficInsightsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        type_ = check_dbo_v1_traffic_insights_type(d.pop("type"))

        dbo_v1_proxy_state_traffic_insights = cls(
            timestamp=timestamp,
            type_=type_,
        )

        dbo_v1_proxy_state_traffic_insights.additional_properties = d
        return dbo_v1_proxy_state_traffic_insights

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
