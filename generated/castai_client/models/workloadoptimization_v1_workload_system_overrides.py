from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_workload_system_overrides_vertical_optimization import (
        WorkloadoptimizationV1WorkloadSystemOverridesVerticalOptimization,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadSystemOverrides")


@_attrs_define
class WorkloadoptimizationV1WorkloadSystemOverrides:
    """
    Attributes:
        vertical_optimization (WorkloadoptimizationV1WorkloadSystemOverridesVerticalOptimization):
    """

    vertical_optimization: (
        WorkloadoptimizationV1WorkloadSystemOverridesVerticalOptimization
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vertical_optimization = self.vertical_optimization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verticalOptimization": vertical_optimization,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_workload_system_overrides_vertical_optimization import (
            WorkloadoptimizationV1WorkloadSystemOverridesVerticalOptimization,  # noqa: PLC0415
        )

        d = dict(src_dict)
        vertical_optimization = (
            WorkloadoptimizationV1WorkloadSystemOverridesVerticalOptimization.from_dict(
                d.pop("verticalOptimization")
            )
        )

        workloadoptimization_v1_workload_system_overrides = cls(
            vertical_optimization=vertical_optimization,
        )

        workloadoptimization_v1_workload_system_overrides.additional_properties = d
        return workloadoptimization_v1_workload_system_overrides

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
