from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_filter_expr import (
        WorkloadoptimizationV1MetricsFilterExpr,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsFilter")


@_attrs_define
class WorkloadoptimizationV1MetricsFilter:
    """
    Attributes:
        expr (WorkloadoptimizationV1MetricsFilterExpr | Unset):
        from_time (datetime.datetime | None | Unset):
        to_time (datetime.datetime | None | Unset):
    """

    expr: WorkloadoptimizationV1MetricsFilterExpr | Unset = UNSET
    from_time: datetime.datetime | None | Unset = UNSET
    to_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expr, Unset):
            expr = self.expr.to_dict()

        from_time: None | str | Unset
        if isinstance(self.from_time, Unset):
            from_time = UNSET
        elif isinstance(self.from_time, datetime.datetime):
            from_time = self.from_time.isoformat()
        else:
            from_time = self.from_time

        to_time: None | str | Unset
        if isinstance(self.to_time, Unset):
            to_time = UNSET
        elif isinstance(self.to_time, datetime.datetime):
            to_time = self.to_time.isoformat()
        else:
            to_time = self.to_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expr is not UNSET:
            field_dict["expr"] = expr
        if from_time is not UNSET:
            field_dict["fromTime"] = from_time
        if to_time is not UNSET:
            field_dict["toTime"] = to_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_filter_expr import (
            WorkloadoptimizationV1MetricsFilterExpr,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _expr = d.pop("expr", UNSET)
        expr: WorkloadoptimizationV1MetricsFilterExpr | Unset
        if isinstance(_expr, Unset):
            expr = UNSET
        else:
            expr = WorkloadoptimizationV1MetricsFilterExpr.from_dict(_expr)

        def _parse_from_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_time_type_0 = datetime.datetime.fromisoformat(data)

                return from_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        from_time = _parse_from_time(d.pop("fromTime", UNSET))

        def _parse_to_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_time_type_0 = datetime.datetime.fromisoformat(data)

                return to_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        to_time = _parse_to_time(d.pop("toTime", UNSET))

        workloadoptimization_v1_metrics_filter = cls(
            expr=expr,
            from_time=from_time,
            to_time=to_time,
        )

        workloadoptimization_v1_metrics_filter.additional_properties = d
        return workloadoptimization_v1_metrics_filter

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
