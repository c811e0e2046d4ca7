from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadOptimizationAPISetScalingPoliciesOrderRequest")


@_attrs_define
class WorkloadOptimizationAPISetScalingPoliciesOrderRequest:
    """
    Attributes:
        policy_ids (list[str] | Unset):
    """

    policy_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_ids: list[str] | Unset = UNSET
        if not isinstance(self.policy_ids, Unset):
            policy_ids = self.policy_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_ids is not UNSET:
            field_dict["policyIds"] = policy_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy_ids = cast(list[str], d.pop("policyIds", UNSET))

        workload_optimization_api_set_scaling_policies_order_request = cls(
            policy_ids=policy_ids,
        )

        workload_optimization_api_set_scaling_policies_order_request.additional_properties = d
        return workload_optimization_api_set_scaling_policies_order_request

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
