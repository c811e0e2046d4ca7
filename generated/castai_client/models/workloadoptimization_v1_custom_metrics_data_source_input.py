from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_input_prometheus import (
        WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1CustomMetricsDataSourceInput")


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceInput:
    """
    Attributes:
        prometheus (WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus | Unset):
    """

    prometheus: WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prometheus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prometheus, Unset):
            prometheus = self.prometheus.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prometheus is not UNSET:
            field_dict["prometheus"] = prometheus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_input_prometheus import (
            WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _prometheus = d.pop("prometheus", UNSET)
        prometheus: WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus | Unset
        if isinstance(_prometheus, Unset):
            prometheus = UNSET
        else:
            prometheus = (
                WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus.from_dict(
                    _prometheus
                )
            )

        workloadoptimization_v1_custom_metrics_data_source_input = cls(
            prometheus=prometheus,
        )

        workloadoptimization_v1_custom_metrics_data_source_input.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_input

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
