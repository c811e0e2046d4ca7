from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1hpa_management_mode import (
    WorkloadoptimizationV1HPAManagementMode,
    check_workloadoptimization_v1hpa_management_mode,
)
from ..models.workloadoptimization_v1hpa_management_source import (
    WorkloadoptimizationV1HPAManagementSource,
    check_workloadoptimization_v1hpa_management_source,
)

T = TypeVar("T", bound="WorkloadoptimizationV1HPAManagement")


@_attrs_define
class WorkloadoptimizationV1HPAManagement:
    """
    Attributes:
        mode (WorkloadoptimizationV1HPAManagementMode):
        source (WorkloadoptimizationV1HPAManagementSource):
    """

    mode: WorkloadoptimizationV1HPAManagementMode
    source: WorkloadoptimizationV1HPAManagementSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        source: str = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_workloadoptimization_v1hpa_management_mode(d.pop("mode"))

        source = check_workloadoptimization_v1hpa_management_source(d.pop("source"))

        workloadoptimization_v1hpa_management = cls(
            mode=mode,
            source=source,
        )

        workloadoptimization_v1hpa_management.additional_properties = d
        return workloadoptimization_v1hpa_management

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
