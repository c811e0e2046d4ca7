from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_scaling_policy_order_updated_item import (
        WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent")


@_attrs_define
class WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent:
    """
    Attributes:
        current (list[WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem]):
        previous (list[WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem]):
    """

    current: list[WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem]
    previous: list[WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = []
        for current_item_data in self.current:
            current_item = current_item_data.to_dict()
            current.append(current_item)

        previous = []
        for previous_item_data in self.previous:
            previous_item = previous_item_data.to_dict()
            previous.append(previous_item)

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
        from ..models.workloadoptimization_v1_scaling_policy_order_updated_item import (
            WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        current = []
        _current = d.pop("current")
        for current_item_data in _current:
            current_item = (
                WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem.from_dict(
                    current_item_data
                )
            )

            current.append(current_item)

        previous = []
        _previous = d.pop("previous")
        for previous_item_data in _previous:
            previous_item = (
                WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem.from_dict(
                    previous_item_data
                )
            )

            previous.append(previous_item)

        workloadoptimization_v1_scaling_policy_order_updated_event = cls(
            current=current,
            previous=previous,
        )

        workloadoptimization_v1_scaling_policy_order_updated_event.additional_properties = d
        return workloadoptimization_v1_scaling_policy_order_updated_event

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
