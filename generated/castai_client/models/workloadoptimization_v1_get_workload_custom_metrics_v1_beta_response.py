from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metric_group import (
        WorkloadoptimizationV1CustomMetricGroup,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse:
    """
    Attributes:
        metric_groups (list[WorkloadoptimizationV1CustomMetricGroup]):
        step (None | str | Unset):
    """

    metric_groups: list[WorkloadoptimizationV1CustomMetricGroup]
    step: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_groups = []
        for metric_groups_item_data in self.metric_groups:
            metric_groups_item = metric_groups_item_data.to_dict()
            metric_groups.append(metric_groups_item)

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metricGroups": metric_groups,
            }
        )
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metric_group import (
            WorkloadoptimizationV1CustomMetricGroup,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metric_groups = []
        _metric_groups = d.pop("metricGroups")
        for metric_groups_item_data in _metric_groups:
            metric_groups_item = WorkloadoptimizationV1CustomMetricGroup.from_dict(
                metric_groups_item_data
            )

            metric_groups.append(metric_groups_item)

        def _parse_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        workloadoptimization_v1_get_workload_custom_metrics_v1_beta_response = cls(
            metric_groups=metric_groups,
            step=step,
        )

        workloadoptimization_v1_get_workload_custom_metrics_v1_beta_response.additional_properties = d
        return workloadoptimization_v1_get_workload_custom_metrics_v1_beta_response

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
