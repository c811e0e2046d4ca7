from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_recommendation_origin import (
    WorkloadoptimizationV1RecommendationOrigin,
    check_workloadoptimization_v1_recommendation_origin,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_recommendation_event import (
        WorkloadoptimizationV1RecommendationEvent,
    )
    from ..models.workloadoptimization_v1hpa_spec import WorkloadoptimizationV1HPASpec


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadRecommendation")


@_attrs_define
class WorkloadoptimizationV1WorkloadRecommendation:
    """
    Attributes:
        confidence (float):
        deployed (bool):
        events (list[WorkloadoptimizationV1RecommendationEvent]):
        estimated_threshold_reached_at (datetime.datetime | None | Unset):
        hpa_spec (WorkloadoptimizationV1HPASpec | Unset):
        origins (list[WorkloadoptimizationV1RecommendationOrigin] | Unset):
        replicas (int | None | Unset):
    """

    confidence: float
    deployed: bool
    events: list[WorkloadoptimizationV1RecommendationEvent]
    estimated_threshold_reached_at: datetime.datetime | None | Unset = UNSET
    hpa_spec: WorkloadoptimizationV1HPASpec | Unset = UNSET
    origins: list[WorkloadoptimizationV1RecommendationOrigin] | Unset = UNSET
    replicas: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        deployed = self.deployed

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        estimated_threshold_reached_at: None | str | Unset
        if isinstance(self.estimated_threshold_reached_at, Unset):
            estimated_threshold_reached_at = UNSET
        elif isinstance(self.estimated_threshold_reached_at, datetime.datetime):
            estimated_threshold_reached_at = (
                self.estimated_threshold_reached_at.isoformat()
            )
        else:
            estimated_threshold_reached_at = self.estimated_threshold_reached_at

        hpa_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_spec, Unset):
            hpa_spec = self.hpa_spec.to_dict()

        origins: list[str] | Unset = UNSET
        if not isinstance(self.origins, Unset):
            origins = []
            for origins_item_data in self.origins:
                origins_item: str = origins_item_data
                origins.append(origins_item)

        replicas: int | None | Unset
        if isinstance(self.replicas, Unset):
            replicas = UNSET
        else:
            replicas = self.replicas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confidence": confidence,
                "deployed": deployed,
                "events": events,
            }
        )
        if estimated_threshold_reached_at is not UNSET:
            field_dict["estimatedThresholdReachedAt"] = estimated_threshold_reached_at
        if hpa_spec is not UNSET:
            field_dict["hpaSpec"] = hpa_spec
        if origins is not UNSET:
            field_dict["origins"] = origins
        if replicas is not UNSET:
            field_dict["replicas"] = replicas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_recommendation_event import (
            WorkloadoptimizationV1RecommendationEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_spec import (
            WorkloadoptimizationV1HPASpec,  # noqa: PLC0415
        )

        d = dict(src_dict)
        confidence = d.pop("confidence")

        deployed = d.pop("deployed")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WorkloadoptimizationV1RecommendationEvent.from_dict(
                events_item_data
            )

            events.append(events_item)

        def _parse_estimated_threshold_reached_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                estimated_threshold_reached_at_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return estimated_threshold_reached_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        estimated_threshold_reached_at = _parse_estimated_threshold_reached_at(
            d.pop("estimatedThresholdReachedAt", UNSET)
        )

        _hpa_spec = d.pop("hpaSpec", UNSET)
        hpa_spec: WorkloadoptimizationV1HPASpec | Unset
        if isinstance(_hpa_spec, Unset):
            hpa_spec = UNSET
        else:
            hpa_spec = WorkloadoptimizationV1HPASpec.from_dict(_hpa_spec)

        _origins = d.pop("origins", UNSET)
        origins: list[WorkloadoptimizationV1RecommendationOrigin] | Unset = UNSET
        if _origins is not UNSET:
            origins = []
            for origins_item_data in _origins:
                origins_item = check_workloadoptimization_v1_recommendation_origin(
                    origins_item_data
                )

                origins.append(origins_item)

        def _parse_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        replicas = _parse_replicas(d.pop("replicas", UNSET))

        workloadoptimization_v1_workload_recommendation = cls(
            confidence=confidence,
            deployed=deployed,
            events=events,
            estimated_threshold_reached_at=estimated_threshold_reached_at,
            hpa_spec=hpa_spec,
            origins=origins,
            replicas=replicas,
        )

        workloadoptimization_v1_workload_recommendation.additional_properties = d
        return workloadoptimization_v1_workload_recommendation

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
