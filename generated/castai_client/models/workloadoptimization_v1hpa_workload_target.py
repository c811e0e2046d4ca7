from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1hpa_target_workload_container import (
        WorkloadoptimizationV1HPATargetWorkloadContainer,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1HPAWorkloadTarget")


@_attrs_define
class WorkloadoptimizationV1HPAWorkloadTarget:
    """
    Attributes:
        containers (list[WorkloadoptimizationV1HPATargetWorkloadContainer]):
        created_at (datetime.datetime):
        group (str):
        id (str):
        is_custom (bool):
        kind (str):
        name (str):
        namespace (str):
        running_pods (int):
        scaling_policy_id (str):
        scaling_policy_name (str):
        updated_at (datetime.datetime):
        version (str):
    """

    containers: list[WorkloadoptimizationV1HPATargetWorkloadContainer]
    created_at: datetime.datetime
    group: str
    id: str
    is_custom: bool
    kind: str
    name: str
    namespace: str
    running_pods: int
    scaling_policy_id: str
    scaling_policy_name: str
    updated_at: datetime.datetime
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        created_at = self.created_at.isoformat()

        group = self.group

        id = self.id

        is_custom = self.is_custom

        kind = self.kind

        name = self.name

        namespace = self.namespace

        running_pods = self.running_pods

        scaling_policy_id = self.scaling_policy_id

        scaling_policy_name = self.scaling_policy_name

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containers": containers,
                "createdAt": created_at,
                "group": group,
                "id": id,
                "isCustom": is_custom,
                "kind": kind,
                "name": name,
                "namespace": namespace,
                "runningPods": running_pods,
                "scalingPolicyId": scaling_policy_id,
                "scalingPolicyName": scaling_policy_name,
                "updatedAt": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1hpa_target_workload_container import (
            WorkloadoptimizationV1HPATargetWorkloadContainer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = (
                WorkloadoptimizationV1HPATargetWorkloadContainer.from_dict(
                    containers_item_data
                )
            )

            containers.append(containers_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        group = d.pop("group")

        id = d.pop("id")

        is_custom = d.pop("isCustom")

        kind = d.pop("kind")

        name = d.pop("name")

        namespace = d.pop("namespace")

        running_pods = d.pop("runningPods")

        scaling_policy_id = d.pop("scalingPolicyId")

        scaling_policy_name = d.pop("scalingPolicyName")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        workloadoptimization_v1hpa_workload_target = cls(
            containers=containers,
            created_at=created_at,
            group=group,
            id=id,
            is_custom=is_custom,
            kind=kind,
            name=name,
            namespace=namespace,
            running_pods=running_pods,
            scaling_policy_id=scaling_policy_id,
            scaling_policy_name=scaling_policy_name,
            updated_at=updated_at,
            version=version,
        )

        workloadoptimization_v1hpa_workload_target.additional_properties = d
        return workloadoptimization_v1hpa_workload_target

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
