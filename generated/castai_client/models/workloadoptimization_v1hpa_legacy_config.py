from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_management_option import (
    WorkloadoptimizationV1ManagementOption,
    check_workloadoptimization_v1_management_option,
)

T = TypeVar("T", bound="WorkloadoptimizationV1HPALegacyConfig")


@_attrs_define
class WorkloadoptimizationV1HPALegacyConfig:
    """
    Attributes:
        management_option (WorkloadoptimizationV1ManagementOption):
        max_replicas (int):
        min_replicas (int):
    """

    management_option: WorkloadoptimizationV1ManagementOption
    max_replicas: int
    min_replicas: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        management_option: str = self.management_option

        max_replicas = self.max_replicas

        min_replicas = self.min_replicas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managementOption": management_option,
                "maxReplicas": max_replicas,
                "minReplicas": min_replicas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        management_option = check_workloadoptimization_v1_management_option(
            d.pop("managementOption")
        )

        max_replicas = d.pop("maxReplicas")

        min_replicas = d.pop("minReplicas")

        workloadoptimization_v1hpa_legacy_config = cls(
            management_option=management_option,
            max_replicas=max_replicas,
            min_replicas=min_replicas,
        )

        workloadoptimization_v1hpa_legacy_config.additional_properties = d
        return workloadoptimization_v1hpa_legacy_config

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
