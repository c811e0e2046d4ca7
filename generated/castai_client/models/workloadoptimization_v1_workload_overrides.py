from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_horizontal_overrides import (
        WorkloadoptimizationV1HorizontalOverrides,
    )
    from ..models.workloadoptimization_v1_rollout_behavior_settings import (
        WorkloadoptimizationV1RolloutBehaviorSettings,
    )
    from ..models.workloadoptimization_v1_vertical_overrides import (
        WorkloadoptimizationV1VerticalOverrides,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadOverrides")


@_attrs_define
class WorkloadoptimizationV1WorkloadOverrides:
    """
    Attributes:
        horizontal (WorkloadoptimizationV1HorizontalOverrides | Unset):
        rollout_behavior (WorkloadoptimizationV1RolloutBehaviorSettings | Unset):
        vertical (WorkloadoptimizationV1VerticalOverrides | Unset):
    """

    horizontal: WorkloadoptimizationV1HorizontalOverrides | Unset = UNSET
    rollout_behavior: WorkloadoptimizationV1RolloutBehaviorSettings | Unset = UNSET
    vertical: WorkloadoptimizationV1VerticalOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        horizontal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.horizontal, Unset):
            horizontal = self.horizontal.to_dict()

        rollout_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rollout_behavior, Unset):
            rollout_behavior = self.rollout_behavior.to_dict()

        vertical: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vertical, Unset):
            vertical = self.vertical.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if horizontal is not UNSET:
            field_dict["horizontal"] = horizontal
        if rollout_behavior is not UNSET:
            field_dict["rolloutBehavior"] = rollout_behavior
        if vertical is not UNSET:
            field_dict["vertical"] = vertical

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_horizontal_overrides import (
            WorkloadoptimizationV1HorizontalOverrides,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_rollout_behavior_settings import (
            WorkloadoptimizationV1RolloutBehaviorSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_vertical_overrides import (
            WorkloadoptimizationV1VerticalOverrides,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _horizontal = d.pop("horizontal", UNSET)
        horizontal: WorkloadoptimizationV1HorizontalOverrides | Unset
        if isinstance(_horizontal, Unset):
            horizontal = UNSET
        else:
            horizontal = WorkloadoptimizationV1HorizontalOverrides.from_dict(
                _horizontal
            )

        _rollout_behavior = d.pop("rolloutBehavior", UNSET)
        rollout_behavior: WorkloadoptimizationV1RolloutBehaviorSettings | Unset
        if isinstance(_rollout_behavior, Unset):
            rollout_behavior = UNSET
        else:
            rollout_behavior = WorkloadoptimizationV1RolloutBehaviorSettings.from_dict(
                _rollout_behavior
            )

        _vertical = d.pop("vertical", UNSET)
        vertical: WorkloadoptimizationV1VerticalOverrides | Unset
        if isinstance(_vertical, Unset):
            vertical = UNSET
        else:
            vertical = WorkloadoptimizationV1VerticalOverrides.from_dict(_vertical)

        workloadoptimization_v1_workload_overrides = cls(
            horizontal=horizontal,
            rollout_behavior=rollout_behavior,
            vertical=vertical,
        )

        workloadoptimization_v1_workload_overrides.additional_properties = d
        return workloadoptimization_v1_workload_overrides

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
