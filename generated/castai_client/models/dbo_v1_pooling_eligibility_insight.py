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

T = TypeVar("T", bound="DboV1PoolingEligibilityInsight")


@_attrs_define
class DboV1PoolingEligibilityInsight:
    """
    Attributes:
        description (str):
        documentation_link (str):
        last_seen (datetime.datetime):
        summary (str):
        type_ (DboV1TrafficInsightsType):
    """

    description: str
    documentation_link: str
    last_seen: datetime.datetime
    summary: str
    type_: DboV1TrafficInsightsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        documentation_link = self.documentation_link

        last_seen = self.last_seen.isoformat()

        summary = self.summary

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "documentationLink": documentation_link,
                "lastSeen": last_seen,
                "summary": summary,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        documentation_link = d.pop("documentationLink")

        last_seen = datetime.datetime.fromisoformat(d.pop("lastSeen"))

        summary = d.pop("summary")

        type_ = check_dbo_v1_traffic_insights_type(d.pop("type"))

        dbo_v1_pooling_eligibility_insight = cls(
            description=description,
            documentation_link=documentation_link,
            last_seen=last_seen,
            summary=summary,
            type_=type_,
        )

        dbo_v1_pooling_eligibility_insight.additional_properties = d
        return dbo_v1_pooling_eligibility_insight

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
