from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_kubernetes_namespace_matcher import (
        WorkloadoptimizationV1KubernetesNamespaceMatcher,
    )
    from ..models.workloadoptimization_v1_kubernetes_workload_matcher import (
        WorkloadoptimizationV1KubernetesWorkloadMatcher,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ScalingPolicyAssignmentRule")


@_attrs_define
class WorkloadoptimizationV1ScalingPolicyAssignmentRule:
    """
    Attributes:
        namespace (WorkloadoptimizationV1KubernetesNamespaceMatcher | Unset):
        workload (WorkloadoptimizationV1KubernetesWorkloadMatcher | Unset):
    """

    namespace: WorkloadoptimizationV1KubernetesNamespaceMatcher | Unset = UNSET
    workload: WorkloadoptimizationV1KubernetesWorkloadMatcher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        workload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload, Unset):
            workload = self.workload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if workload is not UNSET:
            field_dict["workload"] = workload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_kubernetes_namespace_matcher import (
            WorkloadoptimizationV1KubernetesNamespaceMatcher,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_kubernetes_workload_matcher import (
            WorkloadoptimizationV1KubernetesWorkloadMatcher,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _namespace = d.pop("namespace", UNSET)
        namespace: WorkloadoptimizationV1KubernetesNamespaceMatcher | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = WorkloadoptimizationV1KubernetesNamespaceMatcher.from_dict(
                _namespace
            )

        _workload = d.pop("workload", UNSET)
        workload: WorkloadoptimizationV1KubernetesWorkloadMatcher | Unset
        if isinstance(_workload, Unset):
            workload = UNSET
        else:
            workload = WorkloadoptimizationV1KubernetesWorkloadMatcher.from_dict(
                _workload
            )

        workloadoptimization_v1_scaling_policy_assignment_rule = cls(
            namespace=namespace,
            workload=workload,
        )

        workloadoptimization_v1_scaling_policy_assignment_rule.additional_properties = d
        return workloadoptimization_v1_scaling_policy_assignment_rule

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
