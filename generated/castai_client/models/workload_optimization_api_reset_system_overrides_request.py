from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_reset_system_overrides_request_target import (
    WorkloadoptimizationV1ResetSystemOverridesRequestTarget,
    check_workloadoptimization_v1_reset_system_overrides_request_target,
)

T = TypeVar("T", bound="WorkloadOptimizationAPIResetSystemOverridesRequest")


@_attrs_define
class WorkloadOptimizationAPIResetSystemOverridesRequest:
    """
    Attributes:
        target (WorkloadoptimizationV1ResetSystemOverridesRequestTarget):
    """

    target: WorkloadoptimizationV1ResetSystemOverridesRequestTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: str = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = check_workloadoptimization_v1_reset_system_overrides_request_target(
            d.pop("target")
        )

        workload_optimization_api_reset_system_overrides_request = cls(
            target=target,
        )

        workload_optimization_api_reset_system_overrides_request.additional_properties = d
        return workload_optimization_api_reset_system_overrides_request

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
