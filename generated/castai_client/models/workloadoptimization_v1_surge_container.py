from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_resource_quantity import (
        WorkloadoptimizationV1ResourceQuantity,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1SurgeContainer")


@_attrs_define
class WorkloadoptimizationV1SurgeContainer:
    """
    Attributes:
        name (str):
        recommended_before (WorkloadoptimizationV1ResourceQuantity):
        surge (WorkloadoptimizationV1ResourceQuantity):
    """

    name: str
    recommended_before: WorkloadoptimizationV1ResourceQuantity
    surge: WorkloadoptimizationV1ResourceQuantity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        recommended_before = self.recommended_before.to_dict()

        surge = self.surge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "recommendedBefore": recommended_before,
                "surge": surge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_resource_quantity import (
            WorkloadoptimizationV1ResourceQuantity,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        recommended_before = WorkloadoptimizationV1ResourceQuantity.from_dict(
            d.pop("recommendedBefore")
        )

        surge = WorkloadoptimizationV1ResourceQuantity.from_dict(d.pop("surge"))

        workloadoptimization_v1_surge_container = cls(
            name=name,
            recommended_before=recommended_before,
            surge=surge,
        )

        workloadoptimization_v1_surge_container.additional_properties = d
        return workloadoptimization_v1_surge_container

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
