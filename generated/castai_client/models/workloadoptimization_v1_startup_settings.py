from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_two_phase_recommendations import (
        WorkloadoptimizationV1TwoPhaseRecommendations,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1StartupSettings")


@_attrs_define
class WorkloadoptimizationV1StartupSettings:
    """
    Attributes:
        period_seconds (int | None | Unset):
        two_phase_recommendations (WorkloadoptimizationV1TwoPhaseRecommendations | Unset):
    """

    period_seconds: int | None | Unset = UNSET
    two_phase_recommendations: WorkloadoptimizationV1TwoPhaseRecommendations | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_seconds: int | None | Unset
        if isinstance(self.period_seconds, Unset):
            period_seconds = UNSET
        else:
            period_seconds = self.period_seconds

        two_phase_recommendations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.two_phase_recommendations, Unset):
            two_phase_recommendations = self.two_phase_recommendations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_seconds is not UNSET:
            field_dict["periodSeconds"] = period_seconds
        if two_phase_recommendations is not UNSET:
            field_dict["twoPhaseRecommendations"] = two_phase_recommendations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_two_phase_recommendations import (
            WorkloadoptimizationV1TwoPhaseRecommendations,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_period_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_seconds = _parse_period_seconds(d.pop("periodSeconds", UNSET))

        _two_phase_recommendations = d.pop("twoPhaseRecommendations", UNSET)
        two_phase_recommendations: WorkloadoptimizationV1TwoPhaseRecommendations | Unset
        if isinstance(_two_phase_recommendations, Unset):
            two_phase_recommendations = UNSET
        else:
            two_phase_recommendations = (
                WorkloadoptimizationV1TwoPhaseRecommendations.from_dict(
                    _two_phase_recommendations
                )
            )

        workloadoptimization_v1_startup_settings = cls(
            period_seconds=period_seconds,
            two_phase_recommendations=two_phase_recommendations,
        )

        workloadoptimization_v1_startup_settings.additional_properties = d
        return workloadoptimization_v1_startup_settings

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
