from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_get_workload_filters_counts import (
        WorkloadoptimizationV1GetWorkloadFiltersCounts,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadFiltersResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadFiltersResponse:
    """
    Attributes:
        counts (WorkloadoptimizationV1GetWorkloadFiltersCounts):
        kinds (list[str]):
        namespaces (list[str]):
        scaling_policy_names (list[str]):
        workload_ids (list[str]):
        workload_names (list[str]):
    """

    counts: WorkloadoptimizationV1GetWorkloadFiltersCounts
    kinds: list[str]
    namespaces: list[str]
    scaling_policy_names: list[str]
    workload_ids: list[str]
    workload_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts.to_dict()

        kinds = self.kinds

        namespaces = self.namespaces

        scaling_policy_names = self.scaling_policy_names

        workload_ids = self.workload_ids

        workload_names = self.workload_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
                "kinds": kinds,
                "namespaces": namespaces,
                "scalingPolicyNames": scaling_policy_names,
                "workloadIds": workload_ids,
                "workloadNames": workload_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_get_workload_filters_counts import (
            WorkloadoptimizationV1GetWorkloadFiltersCounts,  # noqa: PLC0415
        )

        d = dict(src_dict)
        counts = WorkloadoptimizationV1GetWorkloadFiltersCounts.from_dict(
            d.pop("counts")
        )

        kinds = cast(list[str], d.pop("kinds"))

        namespaces = cast(list[str], d.pop("namespaces"))

        scaling_policy_names = cast(list[str], d.pop("scalingPolicyNames"))

        workload_ids = cast(list[str], d.pop("workloadIds"))

        workload_names = cast(list[str], d.pop("workloadNames"))

        workloadoptimization_v1_get_workload_filters_response = cls(
            counts=counts,
            kinds=kinds,
            namespaces=namespaces,
            scaling_policy_names=scaling_policy_names,
            workload_ids=workload_ids,
            workload_names=workload_names,
        )

        workloadoptimization_v1_get_workload_filters_response.additional_properties = d
        return workloadoptimization_v1_get_workload_filters_response

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
