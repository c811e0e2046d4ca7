from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_runtime import (
    WorkloadoptimizationV1Runtime,
    check_workloadoptimization_v1_runtime,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_resources import (
        WorkloadoptimizationV1Resources,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1Container")


@_attrs_define
class WorkloadoptimizationV1Container:
    """
    Attributes:
        name (str):
        first_seen_resources (WorkloadoptimizationV1Resources | Unset):
        original_resources (WorkloadoptimizationV1Resources | Unset):
        recommendation (WorkloadoptimizationV1Resources | Unset):
        resources (WorkloadoptimizationV1Resources | Unset):
        runtime (WorkloadoptimizationV1Runtime | Unset):
    """

    name: str
    first_seen_resources: WorkloadoptimizationV1Resources | Unset = UNSET
    original_resources: WorkloadoptimizationV1Resources | Unset = UNSET
    recommendation: WorkloadoptimizationV1Resources | Unset = UNSET
    resources: WorkloadoptimizationV1Resources | Unset = UNSET
    runtime: WorkloadoptimizationV1Runtime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        first_seen_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_seen_resources, Unset):
            first_seen_resources = self.first_seen_resources.to_dict()

        original_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_resources, Unset):
            original_resources = self.original_resources.to_dict()

        recommendation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommendation, Unset):
            recommendation = self.recommendation.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        runtime: str | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if first_seen_resources is not UNSET:
            field_dict["firstSeenResources"] = first_seen_resources
        if original_resources is not UNSET:
            field_dict["originalResources"] = original_resources
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if resources is not UNSET:
            field_dict["resources"] = resources
        if runtime is not UNSET:
            field_dict["runtime"] = runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_resources import (
            WorkloadoptimizationV1Resources,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        _first_seen_resources = d.pop("firstSeenResources", UNSET)
        first_seen_resources: WorkloadoptimizationV1Resources | Unset
        if isinstance(_first_seen_resources, Unset):
            first_seen_resources = UNSET
        else:
            first_seen_resources = WorkloadoptimizationV1Resources.from_dict(
                _first_seen_resources
            )

        _original_resources = d.pop("originalResources", UNSET)
        original_resources: WorkloadoptimizationV1Resources | Unset
        if isinstance(_original_resources, Unset):
            original_resources = UNSET
        else:
            original_resources = WorkloadoptimizationV1Resources.from_dict(
                _original_resources
            )

        _recommendation = d.pop("recommendation", UNSET)
        recommendation: WorkloadoptimizationV1Resources | Unset
        if isinstance(_recommendation, Unset):
            recommendation = UNSET
        else:
            recommendation = WorkloadoptimizationV1Resources.from_dict(_recommendation)

        _resources = d.pop("resources", UNSET)
        resources: WorkloadoptimizationV1Resources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = WorkloadoptimizationV1Resources.from_dict(_resources)

        _runtime = d.pop("runtime", UNSET)
        runtime: WorkloadoptimizationV1Runtime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = check_workloadoptimization_v1_runtime(_runtime)

        workloadoptimization_v1_container = cls(
            name=name,
            first_seen_resources=first_seen_resources,
            original_resources=original_resources,
            recommendation=recommendation,
            resources=resources,
            runtime=runtime,
        )

        workloadoptimization_v1_container.additional_properties = d
        return workloadoptimization_v1_container

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
