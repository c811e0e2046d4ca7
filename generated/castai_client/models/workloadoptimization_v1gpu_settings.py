from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_management_option import (
    WorkloadoptimizationV1ManagementOption,
    check_workloadoptimization_v1_management_option,
)

T = TypeVar("T", bound="WorkloadoptimizationV1GPUSettings")


@_attrs_define
class WorkloadoptimizationV1GPUSettings:
    """
    Attributes:
        management_option (WorkloadoptimizationV1ManagementOption):
    """

    management_option: WorkloadoptimizationV1ManagementOption
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        management_option: str = self.management_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managementOption": management_option,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        management_option = check_workloadoptimization_v1_management_option(
            d.pop("managementOption")
        )

        workloadoptimization_v1gpu_settings = cls(
            management_option=management_option,
        )

        workloadoptimization_v1gpu_settings.additional_properties = d
        return workloadoptimization_v1gpu_settings

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
