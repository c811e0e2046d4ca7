from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1GPUDeviceRecommendation")


@_attrs_define
class WorkloadoptimizationV1GPUDeviceRecommendation:
    """
    Attributes:
        count (int):
        product_name (str):
        idle_fraction (float | Unset):
        max_used_memory_bytes (str | Unset):
        memory_util_peak (float | Unset):
        mig_profile (str | Unset):
        sharing_strategy (str | Unset):
        sm_active (float | Unset):
    """

    count: int
    product_name: str
    idle_fraction: float | Unset = UNSET
    max_used_memory_bytes: str | Unset = UNSET
    memory_util_peak: float | Unset = UNSET
    mig_profile: str | Unset = UNSET
    sharing_strategy: str | Unset = UNSET
    sm_active: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        product_name = self.product_name

        idle_fraction = self.idle_fraction

        max_used_memory_bytes = self.max_used_memory_bytes

        memory_util_peak = self.memory_util_peak

        mig_profile = self.mig_profile

        sharing_strategy = self.sharing_strategy

        sm_active = self.sm_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "productName": product_name,
            }
        )
        if idle_fraction is not UNSET:
            field_dict["idleFraction"] = idle_fraction
        if max_used_memory_bytes is not UNSET:
            field_dict["maxUsedMemoryBytes"] = max_used_memory_bytes
        if memory_util_peak is not UNSET:
            field_dict["memoryUtilPeak"] = memory_util_peak
        if mig_profile is not UNSET:
            field_dict["migProfile"] = mig_profile
        if sharing_strategy is not UNSET:
            field_dict["sharingStrategy"] = sharing_strategy
        if sm_active is not UNSET:
            field_dict["smActive"] = sm_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        product_name = d.pop("productName")

        idle_fraction = d.pop("idleFraction", UNSET)

        max_used_memory_bytes = d.pop("maxUsedMemoryBytes", UNSET)

        memory_util_peak = d.pop("memoryUtilPeak", UNSET)

        mig_profile = d.pop("migProfile", UNSET)

        sharing_strategy = d.pop("sharingStrategy", UNSET)

        sm_active = d.pop("smActive", UNSET)

        workloadoptimization_v1gpu_device_recommendation = cls(
            count=count,
            product_name=product_name,
            idle_fraction=idle_fraction,
            max_used_memory_bytes=max_used_memory_bytes,
            memory_util_peak=memory_util_peak,
            mig_profile=mig_profile,
            sharing_strategy=sharing_strategy,
            sm_active=sm_active,
        )

        workloadoptimization_v1gpu_device_recommendation.additional_properties = d
        return workloadoptimization_v1gpu_device_recommendation

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
