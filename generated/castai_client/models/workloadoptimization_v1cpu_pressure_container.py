from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1CPUPressureContainer")


@_attrs_define
class WorkloadoptimizationV1CPUPressureContainer:
    """
    Attributes:
        eligible_pod_count (int):
        name (str):
        pod_count_total (int):
        pressure_percentage (float):
    """

    eligible_pod_count: int
    name: str
    pod_count_total: int
    pressure_percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eligible_pod_count = self.eligible_pod_count

        name = self.name

        pod_count_total = self.pod_count_total

        pressure_percentage = self.pressure_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligiblePodCount": eligible_pod_count,
                "name": name,
                "podCountTotal": pod_count_total,
                "pressurePercentage": pressure_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eligible_pod_count = d.pop("eligiblePodCount")

        name = d.pop("name")

        pod_count_total = d.pop("podCountTotal")

        pressure_percentage = d.pop("pressurePercentage")

        workloadoptimization_v1cpu_pressure_container = cls(
            eligible_pod_count=eligible_pod_count,
            name=name,
            pod_count_total=pod_count_total,
            pressure_percentage=pressure_percentage,
        )

        workloadoptimization_v1cpu_pressure_container.additional_properties = d
        return workloadoptimization_v1cpu_pressure_container

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
