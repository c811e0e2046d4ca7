from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_scaling_policy_select import (
    WorkloadoptimizationV1ScalingPolicySelect,
    check_workloadoptimization_v1_scaling_policy_select,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1hpa_scaling_policy import (
        WorkloadoptimizationV1HPAScalingPolicy,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1HPAScalingRules")


@_attrs_define
class WorkloadoptimizationV1HPAScalingRules:
    """
    Attributes:
        policies (list[WorkloadoptimizationV1HPAScalingPolicy] | Unset):
        select_policy (WorkloadoptimizationV1ScalingPolicySelect | Unset):
        stabilization_window_seconds (int | None | Unset):
        tolerance (None | str | Unset):
    """

    policies: list[WorkloadoptimizationV1HPAScalingPolicy] | Unset = UNSET
    select_policy: WorkloadoptimizationV1ScalingPolicySelect | Unset = UNSET
    stabilization_window_seconds: int | None | Unset = UNSET
    tolerance: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

        select_policy: str | Unset = UNSET
        if not isinstance(self.select_policy, Unset):
            select_policy = self.select_policy

        stabilization_window_seconds: int | None | Unset
        if isinstance(self.stabilization_window_seconds, Unset):
            stabilization_window_seconds = UNSET
        else:
            stabilization_window_seconds = self.stabilization_window_seconds

        tolerance: None | str | Unset
        if isinstance(self.tolerance, Unset):
            tolerance = UNSET
        else:
            tolerance = self.tolerance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policies is not UNSET:
            field_dict["policies"] = policies
        if select_policy is not UNSET:
            field_dict["selectPolicy"] = select_policy
        if stabilization_window_seconds is not UNSET:
            field_dict["stabilizationWindowSeconds"] = stabilization_window_seconds
        if tolerance is not UNSET:
            field_dict["tolerance"] = tolerance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1hpa_scaling_policy import (
            WorkloadoptimizationV1HPAScalingPolicy,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _policies = d.pop("policies", UNSET)
        policies: list[WorkloadoptimizationV1HPAScalingPolicy] | Unset = UNSET
        if _policies is not UNSET:
            policies = []
            for policies_item_data in _policies:
                policies_item = WorkloadoptimizationV1HPAScalingPolicy.from_dict(
                    policies_item_data
                )

                policies.append(policies_item)

        _select_policy = d.pop("selectPolicy", UNSET)
        select_policy: WorkloadoptimizationV1ScalingPolicySelect | Unset
        if isinstance(_select_policy, Unset):
            select_policy = UNSET
        else:
            select_policy = check_workloadoptimization_v1_scaling_policy_select(
                _select_policy
            )

        def _parse_stabilization_window_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stabilization_window_seconds = _parse_stabilization_window_seconds(
            d.pop("stabilizationWindowSeconds", UNSET)
        )

        def _parse_tolerance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tolerance = _parse_tolerance(d.pop("tolerance", UNSET))

        workloadoptimization_v1hpa_scaling_rules = cls(
            policies=policies,
            select_policy=select_policy,
            stabilization_window_seconds=stabilization_window_seconds,
            tolerance=tolerance,
        )

        workloadoptimization_v1hpa_scaling_rules.additional_properties = d
        return workloadoptimization_v1hpa_scaling_rules

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
