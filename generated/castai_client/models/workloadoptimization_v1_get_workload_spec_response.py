from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_get_workload_spec_response_object import (
        WorkloadoptimizationV1GetWorkloadSpecResponseObject,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadSpecResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadSpecResponse:
    """
    Attributes:
        cluster_id (str):
        group (str):
        id (str):
        is_custom (bool):
        kind (str):
        name (str):
        namespace (str):
        object_ (WorkloadoptimizationV1GetWorkloadSpecResponseObject):
        organization_id (str):
        version (str):
    """

    cluster_id: str
    group: str
    id: str
    is_custom: bool
    kind: str
    name: str
    namespace: str
    object_: WorkloadoptimizationV1GetWorkloadSpecResponseObject
    organization_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        group = self.group

        id = self.id

        is_custom = self.is_custom

        kind = self.kind

        name = self.name

        namespace = self.namespace

        object_ = self.object_.to_dict()

        organization_id = self.organization_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "group": group,
                "id": id,
                "isCustom": is_custom,
                "kind": kind,
                "name": name,
                "namespace": namespace,
                "object": object_,
                "organizationId": organization_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_get_workload_spec_response_object import (
            WorkloadoptimizationV1GetWorkloadSpecResponseObject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        group = d.pop("group")

        id = d.pop("id")

        is_custom = d.pop("isCustom")

        kind = d.pop("kind")

        name = d.pop("name")

        namespace = d.pop("namespace")

        object_ = WorkloadoptimizationV1GetWorkloadSpecResponseObject.from_dict(
            d.pop("object")
        )

        organization_id = d.pop("organizationId")

        version = d.pop("version")

        workloadoptimization_v1_get_workload_spec_response = cls(
            cluster_id=cluster_id,
            group=group,
            id=id,
            is_custom=is_custom,
            kind=kind,
            name=name,
            namespace=namespace,
            object_=object_,
            organization_id=organization_id,
            version=version,
        )

        workloadoptimization_v1_get_workload_spec_response.additional_properties = d
        return workloadoptimization_v1_get_workload_spec_response

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
