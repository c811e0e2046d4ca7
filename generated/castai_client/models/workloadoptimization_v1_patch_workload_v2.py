from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_workload_config_update_v2 import (
        WorkloadoptimizationV1WorkloadConfigUpdateV2,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1PatchWorkloadV2")


@_attrs_define
class WorkloadoptimizationV1PatchWorkloadV2:
    """
    Attributes:
        scaling_policy_id (None | str | Unset):
        workload_config (WorkloadoptimizationV1WorkloadConfigUpdateV2 | Unset):
    """

    scaling_policy_id: None | str | Unset = UNSET
    workload_config: WorkloadoptimizationV1WorkloadConfigUpdateV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scaling_policy_id: None | str | Unset
        if isinstance(self.scaling_policy_id, Unset):
            scaling_policy_id = UNSET
        else:
            scaling_policy_id = self.scaling_policy_id

        workload_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_config, Unset):
            workload_config = self.workload_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scaling_policy_id is not UNSET:
            field_dict["scalingPolicyId"] = scaling_policy_id
        if workload_config is not UNSET:
            field_dict["workloadConfig"] = workload_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_workload_config_update_v2 import (
            WorkloadoptimizationV1WorkloadConfigUpdateV2,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_scaling_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scaling_policy_id = _parse_scaling_policy_id(d.pop("scalingPolicyId", UNSET))

        _workload_config = d.pop("workloadConfig", UNSET)
        workload_config: WorkloadoptimizationV1WorkloadConfigUpdateV2 | Unset
        if isinstance(_workload_config, Unset):
            workload_config = UNSET
        else:
            workload_config = WorkloadoptimizationV1WorkloadConfigUpdateV2.from_dict(
                _workload_config
            )

        workloadoptimization_v1_patch_workload_v2 = cls(
            scaling_policy_id=scaling_policy_id,
            workload_config=workload_config,
        )

        workloadoptimization_v1_patch_workload_v2.additional_properties = d
        return workloadoptimization_v1_patch_workload_v2

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
