from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadOptimizationAPIAssignScalingPolicyWorkloadsRequest")


@_attrs_define
class WorkloadOptimizationAPIAssignScalingPolicyWorkloadsRequest:
    """
    Attributes:
        workload_ids (list[str] | Unset):
    """

    workload_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workload_ids: list[str] | Unset = UNSET
        if not isinstance(self.workload_ids, Unset):
            workload_ids = self.workload_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workload_ids is not UNSET:
            field_dict["workloadIds"] = workload_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workload_ids = cast(list[str], d.pop("workloadIds", UNSET))

        workload_optimization_api_assign_scaling_policy_workloads_request = cls(
            workload_ids=workload_ids,
        )

        workload_optimization_api_assign_scaling_policy_workloads_request.additional_properties = d
        return workload_optimization_api_assign_scaling_policy_workloads_request

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
