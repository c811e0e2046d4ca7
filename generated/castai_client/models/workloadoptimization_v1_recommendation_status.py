from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_recommendation_status_type import (
    WorkloadoptimizationV1RecommendationStatusType,
    check_workloadoptimization_v1_recommendation_status_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_recommendation_error import (
        WorkloadoptimizationV1RecommendationError,
    )
    from ..models.workloadoptimization_v1_recommendation_stop_reason import (
        WorkloadoptimizationV1RecommendationStopReason,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1RecommendationStatus")


@_attrs_define
class WorkloadoptimizationV1RecommendationStatus:
    """
    Attributes:
        applied_pods (int):
        low_confidence (bool):
        total_pods (int):
        type_ (WorkloadoptimizationV1RecommendationStatusType):
        earliest_active_recommendation_at (datetime.datetime | None | Unset):
        error (WorkloadoptimizationV1RecommendationError | Unset):
        stop_reason (WorkloadoptimizationV1RecommendationStopReason | Unset):
    """

    applied_pods: int
    low_confidence: bool
    total_pods: int
    type_: WorkloadoptimizationV1RecommendationStatusType
    earliest_active_recommendation_at: datetime.datetime | None | Unset = UNSET
    error: WorkloadoptimizationV1RecommendationError | Unset = UNSET
    stop_reason: WorkloadoptimizationV1RecommendationStopReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_pods = self.applied_pods

        low_confidence = self.low_confidence

        total_pods = self.total_pods

        type_: str = self.type_

        earliest_active_recommendation_at: None | str | Unset
        if isinstance(self.earliest_active_recommendation_at, Unset):
            earliest_active_recommendation_at = UNSET
        elif isinstance(self.earliest_active_recommendation_at, datetime.datetime):
            earliest_active_recommendation_at = (
                self.earliest_active_recommendation_at.isoformat()
            )
        else:
            earliest_active_recommendation_at = self.earliest_active_recommendation_at

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        stop_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_reason, Unset):
            stop_reason = self.stop_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appliedPods": applied_pods,
                "lowConfidence": low_confidence,
                "totalPods": total_pods,
                "type": type_,
            }
        )
        if earliest_active_recommendation_at is not UNSET:
            field_dict["earliestActiveRecommendationAt"] = (
                earliest_active_recommendation_at
            )
        if error is not UNSET:
            field_dict["error"] = error
        if stop_reason is not UNSET:
            field_dict["stopReason"] = stop_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_recommendation_error import (
            WorkloadoptimizationV1RecommendationError,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommendation_stop_reason import (
            WorkloadoptimizationV1RecommendationStopReason,  # noqa: PLC0415
        )

        d = dict(src_dict)
        applied_pods = d.pop("appliedPods")

        low_confidence = d.pop("lowConfidence")

        total_pods = d.pop("totalPods")

        type_ = check_workloadoptimization_v1_recommendation_status_type(d.pop("type"))

        def _parse_earliest_active_recommendation_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earliest_active_recommendation_at_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return earliest_active_recommendation_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        earliest_active_recommendation_at = _parse_earliest_active_recommendation_at(
            d.pop("earliestActiveRecommendationAt", UNSET)
        )

        _error = d.pop("error", UNSET)
        error: WorkloadoptimizationV1RecommendationError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = WorkloadoptimizationV1RecommendationError.from_dict(_error)

        _stop_reason = d.pop("stopReason", UNSET)
        stop_reason: WorkloadoptimizationV1RecommendationStopReason | Unset
        if isinstance(_stop_reason, Unset):
            stop_reason = UNSET
        else:
            stop_reason = WorkloadoptimizationV1RecommendationStopReason.from_dict(
                _stop_reason
            )

        workloadoptimization_v1_recommendation_status = cls(
            applied_pods=applied_pods,
            low_confidence=low_confidence,
            total_pods=total_pods,
            type_=type_,
            earliest_active_recommendation_at=earliest_active_recommendation_at,
            error=error,
            stop_reason=stop_reason,
        )

        workloadoptimization_v1_recommendation_status.additional_properties = d
        return workloadoptimization_v1_recommendation_status

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
