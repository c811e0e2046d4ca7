from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_apply_threshold_strategy_custom_adaptive_threshold import (
        WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold,
    )
    from ..models.workloadoptimization_v1_apply_threshold_strategy_default_adaptive_threshold import (
        WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold,
    )
    from ..models.workloadoptimization_v1_apply_threshold_strategy_percentage_threshold import (
        WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ApplyThresholdStrategy")


@_attrs_define
class WorkloadoptimizationV1ApplyThresholdStrategy:
    """
    Attributes:
        custom_adaptive_threshold (WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold | Unset):
        default_adaptive_threshold (WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold | Unset):
        percentage_threshold (WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold | Unset):
    """

    custom_adaptive_threshold: (
        WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold | Unset
    ) = UNSET
    default_adaptive_threshold: (
        WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold | Unset
    ) = UNSET
    percentage_threshold: (
        WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_adaptive_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_adaptive_threshold, Unset):
            custom_adaptive_threshold = self.custom_adaptive_threshold.to_dict()

        default_adaptive_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_adaptive_threshold, Unset):
            default_adaptive_threshold = self.default_adaptive_threshold.to_dict()

        percentage_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.percentage_threshold, Unset):
            percentage_threshold = self.percentage_threshold.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_adaptive_threshold is not UNSET:
            field_dict["customAdaptiveThreshold"] = custom_adaptive_threshold
        if default_adaptive_threshold is not UNSET:
            field_dict["defaultAdaptiveThreshold"] = default_adaptive_threshold
        if percentage_threshold is not UNSET:
            field_dict["percentageThreshold"] = percentage_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_apply_threshold_strategy_custom_adaptive_threshold import (
            WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_apply_threshold_strategy_default_adaptive_threshold import (
            WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_apply_threshold_strategy_percentage_threshold import (
            WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _custom_adaptive_threshold = d.pop("customAdaptiveThreshold", UNSET)
        custom_adaptive_threshold: (
            WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold | Unset
        )
        if isinstance(_custom_adaptive_threshold, Unset):
            custom_adaptive_threshold = UNSET
        else:
            custom_adaptive_threshold = WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold.from_dict(
                _custom_adaptive_threshold
            )

        _default_adaptive_threshold = d.pop("defaultAdaptiveThreshold", UNSET)
        default_adaptive_threshold: (
            WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold | Unset
        )
        if isinstance(_default_adaptive_threshold, Unset):
            default_adaptive_threshold = UNSET
        else:
            default_adaptive_threshold = WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold.from_dict(
                _default_adaptive_threshold
            )

        _percentage_threshold = d.pop("percentageThreshold", UNSET)
        percentage_threshold: (
            WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold | Unset
        )
        if isinstance(_percentage_threshold, Unset):
            percentage_threshold = UNSET
        else:
            percentage_threshold = WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold.from_dict(
                _percentage_threshold
            )

        workloadoptimization_v1_apply_threshold_strategy = cls(
            custom_adaptive_threshold=custom_adaptive_threshold,
            default_adaptive_threshold=default_adaptive_threshold,
            percentage_threshold=percentage_threshold,
        )

        workloadoptimization_v1_apply_threshold_strategy.additional_properties = d
        return workloadoptimization_v1_apply_threshold_strategy

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
