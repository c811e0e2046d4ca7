from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_apply_type import (
    WorkloadoptimizationV1ApplyType,
    check_workloadoptimization_v1_apply_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_recommendation_policies import (
        WorkloadoptimizationV1RecommendationPolicies,
    )
    from ..models.workloadoptimization_v1_scaling_policy_assignment_rule import (
        WorkloadoptimizationV1ScalingPolicyAssignmentRule,
    )
    from ..models.workloadoptimization_v1_scaling_policy_hpa_settings import (
        WorkloadoptimizationV1ScalingPolicyHPASettings,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1UpdateWorkloadScalingPolicy")


@_attrs_define
class WorkloadoptimizationV1UpdateWorkloadScalingPolicy:
    """
    Attributes:
        apply_type (WorkloadoptimizationV1ApplyType):
        name (str):
        recommendation_policies (WorkloadoptimizationV1RecommendationPolicies):
        assignment_rules (list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | Unset):
        hpa_settings (WorkloadoptimizationV1ScalingPolicyHPASettings | Unset):
        is_ops_pilot (bool | Unset):
    """

    apply_type: WorkloadoptimizationV1ApplyType
    name: str
    recommendation_policies: WorkloadoptimizationV1RecommendationPolicies
    assignment_rules: (
        list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | Unset
    ) = UNSET
    hpa_settings: WorkloadoptimizationV1ScalingPolicyHPASettings | Unset = UNSET
    is_ops_pilot: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_type: str = self.apply_type

        name = self.name

        recommendation_policies = self.recommendation_policies.to_dict()

        assignment_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignment_rules, Unset):
            assignment_rules = []
            for assignment_rules_item_data in self.assignment_rules:
                assignment_rules_item = assignment_rules_item_data.to_dict()
                assignment_rules.append(assignment_rules_item)

        hpa_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_settings, Unset):
            hpa_settings = self.hpa_settings.to_dict()

        is_ops_pilot = self.is_ops_pilot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applyType": apply_type,
                "name": name,
                "recommendationPolicies": recommendation_policies,
            }
        )
        if assignment_rules is not UNSET:
            field_dict["assignmentRules"] = assignment_rules
        if hpa_settings is not UNSET:
            field_dict["hpaSettings"] = hpa_settings
        if is_ops_pilot is not UNSET:
            field_dict["isOpsPilot"] = is_ops_pilot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_recommendation_policies import (
            WorkloadoptimizationV1RecommendationPolicies,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_scaling_policy_assignment_rule import (
            WorkloadoptimizationV1ScalingPolicyAssignmentRule,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_scaling_policy_hpa_settings import (
            WorkloadoptimizationV1ScalingPolicyHPASettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        apply_type = check_workloadoptimization_v1_apply_type(d.pop("applyType"))

        name = d.pop("name")

        recommendation_policies = (
            WorkloadoptimizationV1RecommendationPolicies.from_dict(
                d.pop("recommendationPolicies")
            )
        )

        _assignment_rules = d.pop("assignmentRules", UNSET)
        assignment_rules: (
            list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | Unset
        ) = UNSET
        if _assignment_rules is not UNSET:
            assignment_rules = []
            for assignment_rules_item_data in _assignment_rules:
                assignment_rules_item = (
                    WorkloadoptimizationV1ScalingPolicyAssignmentRule.from_dict(
                        assignment_rules_item_data
                    )
                )

                assignment_rules.append(assignment_rules_item)

        _hpa_settings = d.pop("hpaSettings", UNSET)
        hpa_settings: WorkloadoptimizationV1ScalingPolicyHPASettings | Unset
        if isinstance(_hpa_settings, Unset):
            hpa_settings = UNSET
        else:
            hpa_settings = WorkloadoptimizationV1ScalingPolicyHPASettings.from_dict(
                _hpa_settings
            )

        is_ops_pilot = d.pop("isOpsPilot", UNSET)

        workloadoptimization_v1_update_workload_scaling_policy = cls(
            apply_type=apply_type,
            name=name,
            recommendation_policies=recommendation_policies,
            assignment_rules=assignment_rules,
            hpa_settings=hpa_settings,
            is_ops_pilot=is_ops_pilot,
        )

        workloadoptimization_v1_update_workload_scaling_policy.additional_properties = d
        return workloadoptimization_v1_update_workload_scaling_policy

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
