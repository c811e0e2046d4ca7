from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_pod_status import (
    WorkloadoptimizationV1PodStatus,
    check_workloadoptimization_v1_pod_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_pod_in_place_resize import (
        WorkloadoptimizationV1PodInPlaceResize,
    )
    from ..models.workloadoptimization_v1_pod_metadata_container import (
        WorkloadoptimizationV1PodMetadataContainer,
    )
    from ..models.workloadoptimization_v1_pod_recommendation_status import (
        WorkloadoptimizationV1PodRecommendationStatus,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1PodMetadata")


@_attrs_define
class WorkloadoptimizationV1PodMetadata:
    """
    Attributes:
        containers (list[WorkloadoptimizationV1PodMetadataContainer]):
        is_latest_recommendation (bool):
        name (str):
        status (WorkloadoptimizationV1PodStatus):
        updated_at (datetime.datetime):
        in_place_resize (WorkloadoptimizationV1PodInPlaceResize | Unset):
        recommendation (WorkloadoptimizationV1PodRecommendationStatus | Unset):
    """

    containers: list[WorkloadoptimizationV1PodMetadataContainer]
    is_latest_recommendation: bool
    name: str
    status: WorkloadoptimizationV1PodStatus
    updated_at: datetime.datetime
    in_place_resize: WorkloadoptimizationV1PodInPlaceResize | Unset = UNSET
    recommendation: WorkloadoptimizationV1PodRecommendationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        is_latest_recommendation = self.is_latest_recommendation

        name = self.name

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        in_place_resize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_place_resize, Unset):
            in_place_resize = self.in_place_resize.to_dict()

        recommendation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommendation, Unset):
            recommendation = self.recommendation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containers": containers,
                "isLatestRecommendation": is_latest_recommendation,
                "name": name,
                "status": status,
                "updatedAt": updated_at,
            }
        )
        if in_place_resize is not UNSET:
            field_dict["inPlaceResize"] = in_place_resize
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_pod_in_place_resize import (
            WorkloadoptimizationV1PodInPlaceResize,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_pod_metadata_container import (
            WorkloadoptimizationV1PodMetadataContainer,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_pod_recommendation_status import (
            WorkloadoptimizationV1PodRecommendationStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = WorkloadoptimizationV1PodMetadataContainer.from_dict(
                containers_item_data
            )

            containers.append(containers_item)

        is_latest_recommendation = d.pop("isLatestRecommendation")

        name = d.pop("name")

        status = check_workloadoptimization_v1_pod_status(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _in_place_resize = d.pop("inPlaceResize", UNSET)
        in_place_resize: WorkloadoptimizationV1PodInPlaceResize | Unset
        if isinstance(_in_place_resize, Unset):
            in_place_resize = UNSET
        else:
            in_place_resize = WorkloadoptimizationV1PodInPlaceResize.from_dict(
                _in_place_resize
            )

        _recommendation = d.pop("recommendation", UNSET)
        recommendation: WorkloadoptimizationV1PodRecommendationStatus | Unset
        if isinstance(_recommendation, Unset):
            recommendation = UNSET
        else:
            recommendation = WorkloadoptimizationV1PodRecommendationStatus.from_dict(
                _recommendation
            )

        workloadoptimization_v1_pod_metadata = cls(
            containers=containers,
            is_latest_recommendation=is_latest_recommendation,
            name=name,
            status=status,
            updated_at=updated_at,
            in_place_resize=in_place_resize,
            recommendation=recommendation,
        )

        workloadoptimization_v1_pod_metadata.additional_properties = d
        return workloadoptimization_v1_pod_metadata

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
