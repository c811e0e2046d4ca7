from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1gpu_recommendation_container import (
        WorkloadoptimizationV1GPURecommendationContainer,
    )
    from ..models.workloadoptimization_v1gpu_recommended_requests_changed_event_debug_data import (
        WorkloadoptimizationV1GPURecommendedRequestsChangedEventDebugData,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GPURecommendedRequestsChangedEvent")


@_attrs_define
class WorkloadoptimizationV1GPURecommendedRequestsChangedEvent:
    """
    Attributes:
        containers (list[WorkloadoptimizationV1GPURecommendationContainer]):
        debug_data (WorkloadoptimizationV1GPURecommendedRequestsChangedEventDebugData | Unset):
    """

    containers: list[WorkloadoptimizationV1GPURecommendationContainer]
    debug_data: (
        WorkloadoptimizationV1GPURecommendedRequestsChangedEventDebugData | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        debug_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_data, Unset):
            debug_data = self.debug_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containers": containers,
            }
        )
        if debug_data is not UNSET:
            field_dict["debugData"] = debug_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1gpu_recommendation_container import (
            WorkloadoptimizationV1GPURecommendationContainer,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1gpu_recommended_requests_changed_event_debug_data import (
            WorkloadoptimizationV1GPURecommendedRequestsChangedEventDebugData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = (
                WorkloadoptimizationV1GPURecommendationContainer.from_dict(
                    containers_item_data
                )
            )

            containers.append(containers_item)

        _debug_data = d.pop("debugData", UNSET)
        debug_data: (
            WorkloadoptimizationV1GPURecommendedRequestsChangedEventDebugData | Unset
        )
        if isinstance(_debug_data, Unset):
            debug_data = UNSET
        else:
            debug_data = WorkloadoptimizationV1GPURecommendedRequestsChangedEventDebugData.from_dict(
                _debug_data
            )

        workloadoptimization_v1gpu_recommended_requests_changed_event = cls(
            containers=containers,
            debug_data=debug_data,
        )

        workloadoptimization_v1gpu_recommended_requests_changed_event.additional_properties = d
        return workloadoptimization_v1gpu_recommended_requests_changed_event

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
