from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1AggregatedMetrics")


@_attrs_define
class WorkloadoptimizationV1AggregatedMetrics:
    """
    Attributes:
        avg (float):
        max_ (float):
        min_ (float):
        p25 (float):
        p50 (float):
        p75 (float):
    """

    avg: float
    max_: float
    min_: float
    p25: float
    p50: float
    p75: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg = self.avg

        max_ = self.max_

        min_ = self.min_

        p25 = self.p25

        p50 = self.p50

        p75 = self.p75

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg": avg,
                "max": max_,
                "min": min_,
                "p25": p25,
                "p50": p50,
                "p75": p75,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg = d.pop("avg")

        max_ = d.pop("max")

        min_ = d.pop("min")

        p25 = d.pop("p25")

        p50 = d.pop("p50")

        p75 = d.pop("p75")

        workloadoptimization_v1_aggregated_metrics = cls(
            avg=avg,
            max_=max_,
            min_=min_,
            p25=p25,
            p50=p50,
            p75=p75,
        )

        workloadoptimization_v1_aggregated_metrics.additional_properties = d
        return workloadoptimization_v1_aggregated_metrics

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
