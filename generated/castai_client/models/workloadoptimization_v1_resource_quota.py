from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_resource_quota_object import (
        WorkloadoptimizationV1ResourceQuotaObject,
    )
    from ..models.workloadoptimization_v1_resource_quota_resource import (
        WorkloadoptimizationV1ResourceQuotaResource,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ResourceQuota")


@_attrs_define
class WorkloadoptimizationV1ResourceQuota:
    """
    Attributes:
        cluster_id (str):
        id (str):
        name (str):
        namespace (str):
        object_ (WorkloadoptimizationV1ResourceQuotaObject):
        organization_id (str):
        cpu_limits (WorkloadoptimizationV1ResourceQuotaResource | Unset):
        cpu_requests (WorkloadoptimizationV1ResourceQuotaResource | Unset):
        memory_limits (WorkloadoptimizationV1ResourceQuotaResource | Unset):
        memory_requests (WorkloadoptimizationV1ResourceQuotaResource | Unset):
    """

    cluster_id: str
    id: str
    name: str
    namespace: str
    object_: WorkloadoptimizationV1ResourceQuotaObject
    organization_id: str
    cpu_limits: WorkloadoptimizationV1ResourceQuotaResource | Unset = UNSET
    cpu_requests: WorkloadoptimizationV1ResourceQuotaResource | Unset = UNSET
    memory_limits: WorkloadoptimizationV1ResourceQuotaResource | Unset = UNSET
    memory_requests: WorkloadoptimizationV1ResourceQuotaResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        id = self.id

        name = self.name

        namespace = self.namespace

        object_ = self.object_.to_dict()

        organization_id = self.organization_id

        cpu_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_limits, Unset):
            cpu_limits = self.cpu_limits.to_dict()

        cpu_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_requests, Unset):
            cpu_requests = self.cpu_requests.to_dict()

        memory_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_limits, Unset):
            memory_limits = self.memory_limits.to_dict()

        memory_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_requests, Unset):
            memory_requests = self.memory_requests.to_dict()

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
        if cpu_limits is not UNSET:
            field_dict["cpuLimits"] = cpu_limits
        if cpu_requests is not UNSET:
            field_dict["cpuRequests"] = cpu_requests
        if memory_limits is not UNSET:
            field_dict["memoryLimits"] = memory_limits
        if memory_requests is not UNSET:
            field_dict["memoryRequests"] = memory_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_resource_quota_object import (
            WorkloadoptimizationV1ResourceQuotaObject,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resource_quota_resource import (
            WorkloadoptimizationV1ResourceQuotaResource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        id = d.pop("id")

        name = d.pop("name")

        namespace = d.pop("namespace")

        object_ = WorkloadoptimizationV1ResourceQuotaObject.from_dict(d.pop("object"))

        organization_id = d.pop("organizationId")

        _cpu_limits = d.pop("cpuLimits", UNSET)
        cpu_limits: WorkloadoptimizationV1ResourceQuotaResource | Unset
        if isinstance(_cpu_limits, Unset):
            cpu_limits = UNSET
        else:
            cpu_limits = WorkloadoptimizationV1ResourceQuotaResource.from_dict(
                _cpu_limits
            )

        _cpu_requests = d.pop("cpuRequests", UNSET)
        cpu_requests: WorkloadoptimizationV1ResourceQuotaResource | Unset
        if isinstance(_cpu_requests, Unset):
            cpu_requests = UNSET
        else:
            cpu_requests = WorkloadoptimizationV1ResourceQuotaResource.from_dict(
                _cpu_requests
            )

        _memory_limits = d.pop("memoryLimits", UNSET)
        memory_limits: WorkloadoptimizationV1ResourceQuotaResource | Unset
        if isinstance(_memory_limits, Unset):
            memory_limits = UNSET
        else:
            memory_limits = WorkloadoptimizationV1ResourceQuotaResource.from_dict(
                _memory_limits
            )

        _memory_requests = d.pop("memoryRequests", UNSET)
        memory_requests: WorkloadoptimizationV1ResourceQuotaResource | Unset
        if isinstance(_memory_requests, Unset):
            memory_requests = UNSET
        else:
            memory_requests = WorkloadoptimizationV1ResourceQuotaResource.from_dict(
                _memory_requests
            )

        workloadoptimization_v1_resource_quota = cls(
            cluster_id=cluster_id,
            id=id,
            name=name,
            namespace=namespace,
            object_=object_,
            organization_id=organization_id,
            cpu_limits=cpu_limits,
            cpu_requests=cpu_requests,
            memory_limits=memory_limits,
            memory_requests=memory_requests,
        )

        workloadoptimization_v1_resource_quota.additional_properties = d
        return workloadoptimization_v1_resource_quota

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
