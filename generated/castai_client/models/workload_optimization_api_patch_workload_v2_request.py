from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_patch_workload_v2 import (
        WorkloadoptimizationV1PatchWorkloadV2,
    )


T = TypeVar("T", bound="WorkloadOptimizationAPIPatchWorkloadV2Request")


@_attrs_define
class WorkloadOptimizationAPIPatchWorkloadV2Request:
    """
    Attributes:
        update_mask (str | Unset):
        workload (WorkloadoptimizationV1PatchWorkloadV2 | Unset):
    """

    update_mask: str | Unset = UNSET
    workload: WorkloadoptimizationV1PatchWorkloadV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_mask = self.update_mask

        workload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload, Unset):
            workload = self.workload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_mask is not UNSET:
            field_dict["updateMask"] = update_mask
        if workload is not UNSET:
            field_dict["workload"] = workload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_patch_workload_v2 import (
            WorkloadoptimizationV1PatchWorkloadV2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        update_mask = d.pop("updateMask", UNSET)

        _workload = d.pop("workload", UNSET)
        workload: WorkloadoptimizationV1PatchWorkloadV2 | Unset
        if isinstance(_workload, Unset):
            workload = UNSET
        else:
            workload = WorkloadoptimizationV1PatchWorkloadV2.from_dict(_workload)

        workload_optimization_api_patch_workload_v2_request = cls(
            update_mask=update_mask,
            workload=workload,
        )

        workload_optimization_api_patch_workload_v2_request.additional_properties = d
        return workload_optimization_api_patch_workload_v2_request

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
