from __future__ import annotations

import datetime
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


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadScalingPolicy")


@_attrs_define
class WorkloadoptimizationV1WorkloadScalingPolicy:
    """
    Attributes:
        apply_type (WorkloadoptimizationV1ApplyType):
        cluster_id (str):
        created_at (datetime.datetime):
        has_workloads_configured_by_annotations (bool):
        id (str):
        is_castware (bool):
        is_default (bool):
        is_ops_pilot (bool):
        is_readonly (bool):
        name (str):
        organization_id (str):
        recommendation_policies (WorkloadoptimizationV1RecommendationPolicies):
        updated_at (datetime.datetime):
        assignment_rules (list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | Unset):
        hpa_settings (WorkloadoptimizationV1ScalingPolicyHPASettings | Unset):
    """

    apply_type: WorkloadoptimizationV1ApplyType
    cluster_id: str
    created_at: datetime.datetime
    has_workloads_configured_by_annotations: bool
    id: str
    is_castware: bool
    is_default: bool
    is_ops_pilot: bool
    is_readonly: bool
    name: str
    organization_id: str
    recommendation_policies: WorkloadoptimizationV1RecommendationPolicies
    updated_at: datetime.datetime
    assignment_rules: (
        list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | Unset
    ) = UNSET
    hpa_settings: WorkloadoptimizationV1ScalingPolicyHPASettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_type: str = self.apply_type

        cluster_id = self.cluster_id

        created_at = self.created_at.isoformat()

        has_workloads_configured_by_annotations = (
            self.has_workloads_configured_by_annotations
        )

        id = self.id

        is_castware = self.is_castware

        is_default = self.is_default

        is_ops_pilot = self.is_ops_pilot

        is_readonly = self.is_readonly

        name = self.name

        organization_id = self.organization_id

        recommendation_policies = self.recommendation_policies.to_dict()

        updated_at = self.updated_at.isoformat()

        assignment_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignment_rules, Unset):
            assignment_rules = []
            for assignment_rules_item_data in self.assignment_rules:
                assignment_rules_item = assignment_rules_item_data.to_dict()
                assignment_rules.append(assignment_rules_item)

        hpa_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_settings, Unset):
            hpa_settings = self.hpa_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applyType": apply_type,
                "clusterId": cluster_id,
                "createdAt": created_at,
                "hasWorkloadsConfiguredByAnnotations": has_workloads_configured_by_annotations,
                "id": id,
                "isCastware": is_castware,
                "isDefault": is_default,
                "isOpsPilot": is_ops_pilot,
                "isReadonly": is_readonly,
                "name": name,
                "organizationId": organization_id,
                "recommendationPolicies": recommendation_policies,
                "updatedAt": updated_at,
            }
        )
        if assignment_rules is not UNSET:
            field_dict["assignmentRules"] = assignment_rules
        if hpa_settings is not UNSET:
            field_dict["hpaSettings"] = hpa_settings

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

        cluster_id = d.pop("clusterId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        has_workloads_configured_by_annotations = d.pop(
            "hasWorkloadsConfiguredByAnnotations"
        )

        id = d.pop("id")

        is_castware = d.pop("isCastware")

        is_default = d.pop("isDefault")

        is_ops_pilot = d.pop("isOpsPilot")

        is_readonly = d.pop("isReadonly")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        recommendation_policies = (
            WorkloadoptimizationV1RecommendationPolicies.from_dict(
                d.pop("recommendationPolicies")
            )
        )

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

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

        workloadoptimization_v1_workload_scaling_policy = cls(
            apply_type=apply_type,
            cluster_id=cluster_id,
            created_at=created_at,
            has_workloads_configured_by_annotations=has_workloads_configured_by_annotations,
            id=id,
            is_castware=is_castware,
            is_default=is_default,
            is_ops_pilot=is_ops_pilot,
            is_readonly=is_readonly,
            name=name,
            organization_id=organization_id,
            recommendation_policies=recommendation_policies,
            updated_at=updated_at,
            assignment_rules=assignment_rules,
            hpa_settings=hpa_settings,
        )

        workloadoptimization_v1_workload_scaling_policy.additional_properties = d
        return workloadoptimization_v1_workload_scaling_policy

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
