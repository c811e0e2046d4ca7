from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_container_constraints_v3 import (
        WorkloadoptimizationV1ContainerConstraintsV3,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ContainerConstraintsV2")


@_attrs_define
class WorkloadoptimizationV1ContainerConstraintsV2:
    """
    Attributes:
        container_name (str):
        cpu (WorkloadoptimizationV1ContainerConstraintsV3 | Unset):
        memory (WorkloadoptimizationV1ContainerConstraintsV3 | Unset):
    """

    container_name: str
    cpu: WorkloadoptimizationV1ContainerConstraintsV3 | Unset = UNSET
    memory: WorkloadoptimizationV1ContainerConstraintsV3 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_name = self.container_name

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerName": container_name,
            }
        )
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_container_constraints_v3 import (
            WorkloadoptimizationV1ContainerConstraintsV3,  # noqa: PLC0415
        )

        d = dict(src_dict)
        container_name = d.pop("containerName")

        _cpu = d.pop("cpu", UNSET)
        cpu: WorkloadoptimizationV1ContainerConstraintsV3 | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = WorkloadoptimizationV1ContainerConstraintsV3.from_dict(_cpu)

        _memory = d.pop("memory", UNSET)
        memory: WorkloadoptimizationV1ContainerConstraintsV3 | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = WorkloadoptimizationV1ContainerConstraintsV3.from_dict(_memory)

        workloadoptimization_v1_container_constraints_v2 = cls(
            container_name=container_name,
            cpu=cpu,
            memory=memory,
        )

        workloadoptimization_v1_container_constraints_v2.additional_properties = d
        return workloadoptimization_v1_container_constraints_v2

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
