from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_metric_source_type import (
    WorkloadoptimizationV1MetricSourceType,
    check_workloadoptimization_v1_metric_source_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_container_resource_metric_source import (
        WorkloadoptimizationV1ContainerResourceMetricSource,
    )
    from ..models.workloadoptimization_v1_external_metric_source import (
        WorkloadoptimizationV1ExternalMetricSource,
    )
    from ..models.workloadoptimization_v1_object_metric_source import (
        WorkloadoptimizationV1ObjectMetricSource,
    )
    from ..models.workloadoptimization_v1_pods_metric_source import (
        WorkloadoptimizationV1PodsMetricSource,
    )
    from ..models.workloadoptimization_v1_resource_metric_source import (
        WorkloadoptimizationV1ResourceMetricSource,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricSpec")


@_attrs_define
class WorkloadoptimizationV1MetricSpec:
    """
    Attributes:
        container_resource (WorkloadoptimizationV1ContainerResourceMetricSource | Unset):
        external (WorkloadoptimizationV1ExternalMetricSource | Unset):
        object_ (WorkloadoptimizationV1ObjectMetricSource | Unset):
        pods (WorkloadoptimizationV1PodsMetricSource | Unset):
        resource (WorkloadoptimizationV1ResourceMetricSource | Unset):
        type_ (WorkloadoptimizationV1MetricSourceType | Unset):
    """

    container_resource: WorkloadoptimizationV1ContainerResourceMetricSource | Unset = (
        UNSET
    )
    external: WorkloadoptimizationV1ExternalMetricSource | Unset = UNSET
    object_: WorkloadoptimizationV1ObjectMetricSource | Unset = UNSET
    pods: WorkloadoptimizationV1PodsMetricSource | Unset = UNSET
    resource: WorkloadoptimizationV1ResourceMetricSource | Unset = UNSET
    type_: WorkloadoptimizationV1MetricSourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_resource, Unset):
            container_resource = self.container_resource.to_dict()

        external: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external, Unset):
            external = self.external.to_dict()

        object_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.to_dict()

        pods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pods, Unset):
            pods = self.pods.to_dict()

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_resource is not UNSET:
            field_dict["containerResource"] = container_resource
        if external is not UNSET:
            field_dict["external"] = external
        if object_ is not UNSET:
            field_dict["object"] = object_
        if pods is not UNSET:
            field_dict["pods"] = pods
        if resource is not UNSET:
            field_dict["resource"] = resource
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_container_resource_metric_source import (
            WorkloadoptimizationV1ContainerResourceMetricSource,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_external_metric_source import (
            WorkloadoptimizationV1ExternalMetricSource,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_object_metric_source import (
            WorkloadoptimizationV1ObjectMetricSource,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_pods_metric_source import (
            WorkloadoptimizationV1PodsMetricSource,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resource_metric_source import (
            WorkloadoptimizationV1ResourceMetricSource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _container_resource = d.pop("containerResource", UNSET)
        container_resource: WorkloadoptimizationV1ContainerResourceMetricSource | Unset
        if isinstance(_container_resource, Unset):
            container_resource = UNSET
        else:
            container_resource = (
                WorkloadoptimizationV1ContainerResourceMetricSource.from_dict(
                    _container_resource
                )
            )

        _external = d.pop("external", UNSET)
        external: WorkloadoptimizationV1ExternalMetricSource | Unset
        if isinstance(_external, Unset):
            external = UNSET
        else:
            external = WorkloadoptimizationV1ExternalMetricSource.from_dict(_external)

        _object_ = d.pop("object", UNSET)
        object_: WorkloadoptimizationV1ObjectMetricSource | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = WorkloadoptimizationV1ObjectMetricSource.from_dict(_object_)

        _pods = d.pop("pods", UNSET)
        pods: WorkloadoptimizationV1PodsMetricSource | Unset
        if isinstance(_pods, Unset):
            pods = UNSET
        else:
            pods = WorkloadoptimizationV1PodsMetricSource.from_dict(_pods)

        _resource = d.pop("resource", UNSET)
        resource: WorkloadoptimizationV1ResourceMetricSource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = WorkloadoptimizationV1ResourceMetricSource.from_dict(_resource)

        _type_ = d.pop("type", UNSET)
        type_: WorkloadoptimizationV1MetricSourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_workloadoptimization_v1_metric_source_type(_type_)

        workloadoptimization_v1_metric_spec = cls(
            container_resource=container_resource,
            external=external,
            object_=object_,
            pods=pods,
            resource=resource,
            type_=type_,
        )

        workloadoptimization_v1_metric_spec.additional_properties = d
        return workloadoptimization_v1_metric_spec

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
