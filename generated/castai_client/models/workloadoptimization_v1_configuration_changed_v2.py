from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_scaling_policy_config import (
        WorkloadoptimizationV1ScalingPolicyConfig,
    )
    from ..models.workloadoptimization_v1_workload_config_v2 import (
        WorkloadoptimizationV1WorkloadConfigV2,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ConfigurationChangedV2")


@_attrs_define
class WorkloadoptimizationV1ConfigurationChangedV2:
    """
    Attributes:
        scaling_policy_config (WorkloadoptimizationV1ScalingPolicyConfig):
        workload_config (WorkloadoptimizationV1WorkloadConfigV2):
    """

    scaling_policy_config: WorkloadoptimizationV1ScalingPolicyConfig
    workload_config: WorkloadoptimizationV1WorkloadConfigV2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scaling_policy_config = self.scaling_policy_config.to_dict()

        workload_config = self.workload_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scalingPolicyConfig": scaling_policy_config,
                "workloadConfig": workload_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_scaling_policy_config import (
            WorkloadoptimizationV1ScalingPolicyConfig,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_config_v2 import (
            WorkloadoptimizationV1WorkloadConfigV2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        scaling_policy_config = WorkloadoptimizationV1ScalingPolicyConfig.from_dict(
            d.pop("scalingPolicyConfig")
        )

        workload_config = WorkloadoptimizationV1WorkloadConfigV2.from_dict(
            d.pop("workloadConfig")
        )

        workloadoptimization_v1_configuration_changed_v2 = cls(
            scaling_policy_config=scaling_policy_config,
            workload_config=workload_config,
        )

        workloadoptimization_v1_configuration_changed_v2.additional_properties = d
        return workloadoptimization_v1_configuration_changed_v2

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
