from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_configuration_changed_v2 import (
        WorkloadoptimizationV1ConfigurationChangedV2,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ConfigurationChangedEventV2")


@_attrs_define
class WorkloadoptimizationV1ConfigurationChangedEventV2:
    """
    Attributes:
        current (WorkloadoptimizationV1ConfigurationChangedV2):
        previous (WorkloadoptimizationV1ConfigurationChangedV2):
    """

    current: WorkloadoptimizationV1ConfigurationChangedV2
    previous: WorkloadoptimizationV1ConfigurationChangedV2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current.to_dict()

        previous = self.previous.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "previous": previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_configuration_changed_v2 import (
            WorkloadoptimizationV1ConfigurationChangedV2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        current = WorkloadoptimizationV1ConfigurationChangedV2.from_dict(
            d.pop("current")
        )

        previous = WorkloadoptimizationV1ConfigurationChangedV2.from_dict(
            d.pop("previous")
        )

        workloadoptimization_v1_configuration_changed_event_v2 = cls(
            current=current,
            previous=previous,
        )

        workloadoptimization_v1_configuration_changed_event_v2.additional_properties = d
        return workloadoptimization_v1_configuration_changed_event_v2

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
