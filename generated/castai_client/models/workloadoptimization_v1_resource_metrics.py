from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1ResourceMetrics")


@_attrs_define
class WorkloadoptimizationV1ResourceMetrics:
    """
    Attributes:
        avg (float):
        avg_predicted (float):
        limit (float):
        max_ (float):
        min_ (float):
        p25 (float):
        p50 (float):
        p75 (float):
        rec (float):
        rec_predicted (float):
        req (float):
        timestamp (datetime.datetime):
    """

    avg: float
    avg_predicted: float
    limit: float
    max_: float
    min_: float
    p25: float
    p50: float
    p75: float
    rec: float
    rec_predicted: float
    req: float
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg = self.avg

        avg_predicted = self.avg_predicted

        limit = self.limit

        max_ = self.max_

        min_ = self.min_

        p25 = self.p25

        p50 = self.p50

        p75 = self.p75

        rec = self.rec

        rec_predicted = self.rec_predicted

        req = self.req

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg": avg,
                "avgPredicted": avg_predicted,
                "limit": limit,
                "max": max_,
                "min": min_,
                "p25": p25,
                "p50": p50,
                "p75": p75,
                "rec": rec,
                "recPredicted": rec_predicted,
                "req": req,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg = d.pop("avg")

        avg_predicted = d.pop("avgPredicted")

        limit = d.pop("limit")

        max_ = d.pop("max")

        min_ = d.pop("min")

        p25 = d.pop("p25")

        p50 = d.pop("p50")

        p75 = d.pop("p75")

        rec = d.pop("rec")

        rec_predicted = d.pop("recPredicted")

        req = d.pop("req")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        workloadoptimization_v1_resource_metrics = cls(
            avg=avg,
            avg_predicted=avg_predicted,
            limit=limit,
            max_=max_,
            min_=min_,
            p25=p25,
            p50=p50,
            p75=p75,
            rec=rec,
            rec_predicted=rec_predicted,
            req=req,
            timestamp=timestamp,
        )

        workloadoptimization_v1_resource_metrics.additional_properties = d
        return workloadoptimization_v1_resource_metrics

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
