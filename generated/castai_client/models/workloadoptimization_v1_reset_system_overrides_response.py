from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_reset_system_overrides_response_reason import (
    WorkloadoptimizationV1ResetSystemOverridesResponseReason,
    check_workloadoptimization_v1_reset_system_overrides_response_reason,
)
from ..models.workloadoptimization_v1_reset_system_overrides_response_result import (
    WorkloadoptimizationV1ResetSystemOverridesResponseResult,
    check_workloadoptimization_v1_reset_system_overrides_response_result,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1ResetSystemOverridesResponse")


@_attrs_define
class WorkloadoptimizationV1ResetSystemOverridesResponse:
    """
    Attributes:
        reason (WorkloadoptimizationV1ResetSystemOverridesResponseReason | Unset):
        result (WorkloadoptimizationV1ResetSystemOverridesResponseResult | Unset):
    """

    reason: WorkloadoptimizationV1ResetSystemOverridesResponseReason | Unset = UNSET
    result: WorkloadoptimizationV1ResetSystemOverridesResponseResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: WorkloadoptimizationV1ResetSystemOverridesResponseReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = (
                check_workloadoptimization_v1_reset_system_overrides_response_reason(
                    _reason
                )
            )

        _result = d.pop("result", UNSET)
        result: WorkloadoptimizationV1ResetSystemOverridesResponseResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = (
                check_workloadoptimization_v1_reset_system_overrides_response_result(
                    _result
                )
            )

        workloadoptimization_v1_reset_system_overrides_response = cls(
            reason=reason,
            result=result,
        )

        workloadoptimization_v1_reset_system_overrides_response.additional_properties = d
        return workloadoptimization_v1_reset_system_overrides_response

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
