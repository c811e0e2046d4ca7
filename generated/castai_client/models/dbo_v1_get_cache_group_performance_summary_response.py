from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics


T = TypeVar("T", bound="DboV1GetCacheGroupPerformanceSummaryResponse")


@_attrs_define
class DboV1GetCacheGroupPerformanceSummaryResponse:
    """
    Attributes:
        metrics (DboV1CacheMetrics | Unset):
    """

    metrics: DboV1CacheMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics  # noqa: PLC0415

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: DboV1CacheMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DboV1CacheMetrics.from_dict(_metrics)

        dbo_v1_get_cache_group_performance_summary_response = cls(
            metrics=metrics,
        )

        dbo_v1_get_cache_group_performance_summary_response.additional_properties = d
        return dbo_v1_get_cache_group_performance_summary_response

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
