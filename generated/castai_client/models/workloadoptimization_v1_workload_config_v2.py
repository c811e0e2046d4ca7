from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_rollout_behavior_settings import (
        WorkloadoptimizationV1RolloutBehaviorSettings,
    )
    from ..models.workloadoptimization_v1hpa_config import (
        WorkloadoptimizationV1HPAConfig,
    )
    from ..models.workloadoptimization_v1vpa_config import (
        WorkloadoptimizationV1VPAConfig,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadConfigV2")


@_attrs_define
class WorkloadoptimizationV1WorkloadConfigV2:
    """
    Attributes:
        hpa_config (WorkloadoptimizationV1HPAConfig):
        vpa_config (WorkloadoptimizationV1VPAConfig):
        rollout_behavior (WorkloadoptimizationV1RolloutBehaviorSettings | Unset):
    """

    hpa_config: WorkloadoptimizationV1HPAConfig
    vpa_config: WorkloadoptimizationV1VPAConfig
    rollout_behavior: WorkloadoptimizationV1RolloutBehaviorSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hpa_config = self.hpa_config.to_dict()

        vpa_config = self.vpa_config.to_dict()

        rollout_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rollout_behavior, Unset):
            rollout_behavior = self.rollout_behavior.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hpaConfig": hpa_config,
                "vpaConfig": vpa_config,
            }
        )
        if rollout_behavior is not UNSET:
            field_dict["rolloutBehavior"] = rollout_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_rollout_behavior_settings import (
            WorkloadoptimizationV1RolloutBehaviorSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_config import (
            WorkloadoptimizationV1HPAConfig,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1vpa_config import (
            WorkloadoptimizationV1VPAConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        hpa_config = WorkloadoptimizationV1HPAConfig.from_dict(d.pop("hpaConfig"))

        vpa_config = WorkloadoptimizationV1VPAConfig.from_dict(d.pop("vpaConfig"))

        _rollout_behavior = d.pop("rolloutBehavior", UNSET)
        rollout_behavior: WorkloadoptimizationV1RolloutBehaviorSettings | Unset
        if isinstance(_rollout_behavior, Unset):
            rollout_behavior = UNSET
        else:
            rollout_behavior = WorkloadoptimizationV1RolloutBehaviorSettings.from_dict(
                _rollout_behavior
            )

        workloadoptimization_v1_workload_config_v2 = cls(
            hpa_config=hpa_config,
            vpa_config=vpa_config,
            rollout_behavior=rollout_behavior,
        )

        workloadoptimization_v1_workload_config_v2.additional_properties = d
        return workloadoptimization_v1_workload_config_v2

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
