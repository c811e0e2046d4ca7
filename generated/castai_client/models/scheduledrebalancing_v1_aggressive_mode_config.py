from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledrebalancingV1AggressiveModeConfig")


@_attrs_define
class ScheduledrebalancingV1AggressiveModeConfig:
    """
    Attributes:
        ignore_local_persistent_volumes (bool | Unset):
        ignore_problem_job_pods (bool | Unset):
        ignore_problem_pods_without_controller (bool | Unset):
        ignore_problem_prevented_drain_pods (bool | Unset):
        ignore_problem_removal_disabled_pods (bool | Unset):
    """

    ignore_local_persistent_volumes: bool | Unset = UNSET
    ignore_problem_job_pods: bool | Unset = UNSET
    ignore_problem_pods_without_controller: bool | Unset = UNSET
    ignore_problem_prevented_drain_pods: bool | Unset = UNSET
    ignore_problem_removal_disabled_pods: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore_local_persistent_volumes = self.ignore_local_persistent_volumes

        ignore_problem_job_pods = self.ignore_problem_job_pods

        ignore_problem_pods_without_controller = (
            self.ignore_problem_pods_without_controller
        )

        ignore_problem_prevented_drain_pods = self.ignore_problem_prevented_drain_pods

        ignore_problem_removal_disabled_pods = self.ignore_problem_removal_disabled_pods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ignore_local_persistent_volumes is not UNSET:
            field_dict["ignoreLocalPersistentVolumes"] = ignore_local_persistent_volumes
        if ignore_problem_job_pods is not UNSET:
            field_dict["ignoreProblemJobPods"] = ignore_problem_job_pods
        if ignore_problem_pods_without_controller is not UNSET:
            field_dict["ignoreProblemPodsWithoutController"] = (
                ignore_problem_pods_without_controller
            )
        if ignore_problem_prevented_drain_pods is not UNSET:
            field_dict["ignoreProblemPreventedDrainPods"] = (
                ignore_problem_prevented_drain_pods
            )
        if ignore_problem_removal_disabled_pods is not UNSET:
            field_dict["ignoreProblemRemovalDisabledPods"] = (
                ignore_problem_removal_disabled_pods
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ignore_local_persistent_volumes = d.pop("ignoreLocalPersistentVolumes", UNSET)

        ignore_problem_job_pods = d.pop("ignoreProblemJobPods", UNSET)

        ignore_problem_pods_without_controller = d.pop(
            "ignoreProblemPodsWithoutController", UNSET
        )

        ignore_problem_prevented_drain_pods = d.pop(
            "ignoreProblemPreventedDrainPods", UNSET
        )

        ignore_problem_removal_disabled_pods = d.pop(
            "ignoreProblemRemovalDisabledPods", UNSET
        )

        scheduledrebalancing_v1_aggressive_mode_config = cls(
            ignore_local_persistent_volumes=ignore_local_persistent_volumes,
            ignore_problem_job_pods=ignore_problem_job_pods,
            ignore_problem_pods_without_controller=ignore_problem_pods_without_controller,
            ignore_problem_prevented_drain_pods=ignore_problem_prevented_drain_pods,
            ignore_problem_removal_disabled_pods=ignore_problem_removal_disabled_pods,
        )

        scheduledrebalancing_v1_aggressive_mode_config.additional_properties = d
        return scheduledrebalancing_v1_aggressive_mode_config

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
