from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dbo_v1_pooling_eligibility_insight import (
        DboV1PoolingEligibilityInsight,
    )


T = TypeVar("T", bound="DboV1GetCacheGroupPoolingEligibilityResponse")


@_attrs_define
class DboV1GetCacheGroupPoolingEligibilityResponse:
    """
    Attributes:
        insights (list[DboV1PoolingEligibilityInsight]):
        pooling_compatible (bool):
    """

    insights: list[DboV1PoolingEligibilityInsight]
    pooling_compatible: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insights = []
        for insights_item_data in self.insights:
            insights_item = insights_item_data.to_dict()
            insights.append(insights_item)

        pooling_compatible = self.pooling_compatible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insights": insights,
                "poolingCompatible": pooling_compatible,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_pooling_eligibility_insight import (
            DboV1PoolingEligibilityInsight,  # noqa: PLC0415
        )

        d = dict(src_dict)
        insights = []
        _insights = d.pop("insights")
        for insights_item_data in _insights:
            insights_item = DboV1PoolingEligibilityInsight.from_dict(insights_item_data)

            insights.append(insights_item)

        pooling_compatible = d.pop("poolingCompatible")

        dbo_v1_get_cache_group_pooling_eligibility_response = cls(
            insights=insights,
            pooling_compatible=pooling_compatible,
        )

        dbo_v1_get_cache_group_pooling_eligibility_response.additional_properties = d
        return dbo_v1_get_cache_group_pooling_eligibility_response

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
