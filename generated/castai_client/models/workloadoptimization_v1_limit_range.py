from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_limit_range_object import (
        WorkloadoptimizationV1LimitRangeObject,
    )
    from ..models.workloadoptimization_v1_limit_range_resource import (
        WorkloadoptimizationV1LimitRangeResource,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1LimitRange")


@_attrs_define
class WorkloadoptimizationV1LimitRange:
    """
    Attributes:
        cluster_id (str):
        id (str):
        name (str):
        namespace (str):
        object_ (WorkloadoptimizationV1LimitRangeObject):
        organization_id (str):
        cpu_container (WorkloadoptimizationV1LimitRangeResource | Unset):
        cpu_pod (WorkloadoptimizationV1LimitRangeResource | Unset):
        memory_container (WorkloadoptimizationV1LimitRangeResource | Unset):
        memory_pod (WorkloadoptimizationV1LimitRangeResource | Unset):
    """

    cluster_id: str
    id: str
    name: str
    namespace: str
    object_: WorkloadoptimizationV1LimitRangeObject
    organization_id: str
    cpu_container: WorkloadoptimizationV1LimitRangeResource | Unset = UNSET
    cpu_pod: WorkloadoptimizationV1LimitRangeResource | Unset = UNSET
    memory_container: WorkloadoptimizationV1LimitRangeResource | Unset = UNSET
    memory_pod: WorkloadoptimizationV1LimitRangeResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        id = self.id

        name = self.name

        namespace = self.namespace

        object_ = self.object_.to_dict()

        organization_id = self.organization_id

        cpu_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_container, Unset):
            cpu_container = self.cpu_container.to_dict()

        cpu_pod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_pod, Unset):
            cpu_pod = self.cpu_pod.to_dict()

        memory_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_container, Unset):
            memory_container = self.memory_container.to_dict()

        memory_pod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_pod, Unset):
            memory_pod = self.memory_pod.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "id": id,
                "name": name,
                "namespace": namespace,
                "object": object_,
                "organizationId": organization_id,
            }
        )
        if cpu_container is not UNSET:
            field_dict["cpuContainer"] = cpu_container
        if cpu_pod is not UNSET:
            field_dict["cpuPod"] = cpu_pod
        if memory_container is not UNSET:
            field_dict["memoryContainer"] = memory_container
        if memory_pod is not UNSET:
            field_dict["memoryPod"] = memory_pod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_limit_range_object import (
            WorkloadoptimizationV1LimitRangeObject,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_limit_range_resource import (
            WorkloadoptimizationV1LimitRangeResource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        id = d.pop("id")

        name = d.pop("name")

        namespace = d.pop("namespace")

        object_ = WorkloadoptimizationV1LimitRangeObject.from_dict(d.pop("object"))

        organization_id = d.pop("organizationId")

        _cpu_container = d.pop("cpuContainer", UNSET)
        cpu_container: WorkloadoptimizationV1LimitRangeResource | Unset
        if isinstance(_cpu_container, Unset):
            cpu_container = UNSET
        else:
            cpu_container = WorkloadoptimizationV1LimitRangeResource.from_dict(
                _cpu_container
            )

        _cpu_pod = d.pop("cpuPod", UNSET)
        cpu_pod: WorkloadoptimizationV1LimitRangeResource | Unset
        if isinstance(_cpu_pod, Unset):
            cpu_pod = UNSET
        else:
            cpu_pod = WorkloadoptimizationV1LimitRangeResource.from_dict(_cpu_pod)

        _memory_container = d.pop("memoryContainer", UNSET)
        memory_container: WorkloadoptimizationV1LimitRangeResource | Unset
        if isinstance(_memory_container, Unset):
            memory_container = UNSET
        else:
            memory_container = WorkloadoptimizationV1LimitRangeResource.from_dict(
                _memory_container
            )

        _memory_pod = d.pop("memoryPod", UNSET)
        memory_pod: WorkloadoptimizationV1LimitRangeResource | Unset
        if isinstance(_memory_pod, Unset):
            memory_pod = UNSET
        else:
            memory_pod = WorkloadoptimizationV1LimitRangeResource.from_dict(_memory_pod)

        workloadoptimization_v1_limit_range = cls(
            cluster_id=cluster_id,
            id=id,
            name=name,
            namespace=namespace,
            object_=object_,
            organization_id=organization_id,
            cpu_container=cpu_container,
            cpu_pod=cpu_pod,
            memory_container=memory_container,
            memory_pod=memory_pod,
        )

        workloadoptimization_v1_limit_range.additional_properties = d
        return workloadoptimization_v1_limit_range

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
