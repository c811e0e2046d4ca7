from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_metrics_attributes import (
        WorkloadoptimizationV1MetricsAttributes,
    )
    from ..models.workloadoptimization_v1_metrics_filter import (
        WorkloadoptimizationV1MetricsFilter,
    )
    from ..models.workloadoptimization_v1_metrics_named_expr import (
        WorkloadoptimizationV1MetricsNamedExpr,
    )


T = TypeVar("T", bound="WorkloadOptimizationAPIQueryWorkloadMetricsRequest")


@_attrs_define
class WorkloadOptimizationAPIQueryWorkloadMetricsRequest:
    """
    Attributes:
        metrics (list[WorkloadoptimizationV1MetricsNamedExpr]):
        attributes (WorkloadoptimizationV1MetricsAttributes | Unset):
        filter_ (WorkloadoptimizationV1MetricsFilter | Unset):
    """

    metrics: list[WorkloadoptimizationV1MetricsNamedExpr]
    attributes: WorkloadoptimizationV1MetricsAttributes | Unset = UNSET
    filter_: WorkloadoptimizationV1MetricsFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_metrics_attributes import (
            WorkloadoptimizationV1MetricsAttributes,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_filter import (
            WorkloadoptimizationV1MetricsFilter,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_named_expr import (
            WorkloadoptimizationV1MetricsNamedExpr,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = WorkloadoptimizationV1MetricsNamedExpr.from_dict(
                metrics_item_data
            )

            metrics.append(metrics_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: WorkloadoptimizationV1MetricsAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = WorkloadoptimizationV1MetricsAttributes.from_dict(_attributes)

        _filter_ = d.pop("filter", UNSET)
        filter_: WorkloadoptimizationV1MetricsFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = WorkloadoptimizationV1MetricsFilter.from_dict(_filter_)

        workload_optimization_api_query_workload_metrics_request = cls(
            metrics=metrics,
            attributes=attributes,
            filter_=filter_,
        )

        workload_optimization_api_query_workload_metrics_request.additional_properties = d
        return workload_optimization_api_query_workload_metrics_request

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
