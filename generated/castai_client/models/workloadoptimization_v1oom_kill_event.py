from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_event_container import (
        WorkloadoptimizationV1EventContainer,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1OOMKillEvent")


@_attrs_define
class WorkloadoptimizationV1OOMKillEvent:
    """
    Attributes:
        containers (list[WorkloadoptimizationV1EventContainer]):
    """

    containers: list[WorkloadoptimizationV1EventContainer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containers": containers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_event_container import (
            WorkloadoptimizationV1EventContainer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = WorkloadoptimizationV1EventContainer.from_dict(
                containers_item_data
            )

            containers.append(containers_item)

        workloadoptimization_v1oom_kill_event = cls(
            containers=containers,
        )

        workloadoptimization_v1oom_kill_event.additional_properties = d
        return workloadoptimization_v1oom_kill_event

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
