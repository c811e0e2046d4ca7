from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_input_prometheus_metric import (
        WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric,
    )


T = TypeVar(
    "T", bound="WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetrics"
)


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetrics:
    """
    Attributes:
        manual (list[WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric] | Unset):
        presets (list[str] | Unset):
    """

    manual: (
        list[WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric] | Unset
    ) = UNSET
    presets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        manual: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.manual, Unset):
            manual = []
            for manual_item_data in self.manual:
                manual_item = manual_item_data.to_dict()
                manual.append(manual_item)

        presets: list[str] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = self.presets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if manual is not UNSET:
            field_dict["manual"] = manual
        if presets is not UNSET:
            field_dict["presets"] = presets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_input_prometheus_metric import (
            WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _manual = d.pop("manual", UNSET)
        manual: (
            list[WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric]
            | Unset
        ) = UNSET
        if _manual is not UNSET:
            manual = []
            for manual_item_data in _manual:
                manual_item = WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric.from_dict(
                    manual_item_data
                )

                manual.append(manual_item)

        presets = cast(list[str], d.pop("presets", UNSET))

        workloadoptimization_v1_custom_metrics_data_source_input_prometheus_metrics = (
            cls(
                manual=manual,
                presets=presets,
            )
        )

        workloadoptimization_v1_custom_metrics_data_source_input_prometheus_metrics.additional_properties = d
        return (
            workloadoptimization_v1_custom_metrics_data_source_input_prometheus_metrics
        )

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
