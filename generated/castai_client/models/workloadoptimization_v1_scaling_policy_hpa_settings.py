from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_management_option import (
    WorkloadoptimizationV1ManagementOption,
    check_workloadoptimization_v1_management_option,
)

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_scaling_policy_native_hpa_spec import (
        WorkloadoptimizationV1ScalingPolicyNativeHPASpec,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ScalingPolicyHPASettings")


@_attrs_define
class WorkloadoptimizationV1ScalingPolicyHPASettings:
    """
    Attributes:
        management_option (WorkloadoptimizationV1ManagementOption):
        native_hpa_spec (WorkloadoptimizationV1ScalingPolicyNativeHPASpec):
        take_ownership (bool):
    """

    management_option: WorkloadoptimizationV1ManagementOption
    native_hpa_spec: WorkloadoptimizationV1ScalingPolicyNativeHPASpec
    take_ownership: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        management_option: str = self.management_option

        native_hpa_spec = self.native_hpa_spec.to_dict()

        take_ownership = self.take_ownership

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managementOption": management_option,
                "nativeHpaSpec": native_hpa_spec,
                "takeOwnership": take_ownership,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_scaling_policy_native_hpa_spec import (
            WorkloadoptimizationV1ScalingPolicyNativeHPASpec,  # noqa: PLC0415
        )

        d = dict(src_dict)
        management_option = check_workloadoptimization_v1_management_option(
            d.pop("managementOption")
        )

        native_hpa_spec = WorkloadoptimizationV1ScalingPolicyNativeHPASpec.from_dict(
            d.pop("nativeHpaSpec")
        )

        take_ownership = d.pop("takeOwnership")

        workloadoptimization_v1_scaling_policy_hpa_settings = cls(
            management_option=management_option,
            native_hpa_spec=native_hpa_spec,
            take_ownership=take_ownership,
        )

        workloadoptimization_v1_scaling_policy_hpa_settings.additional_properties = d
        return workloadoptimization_v1_scaling_policy_hpa_settings

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
