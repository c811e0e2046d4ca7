from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_conversion_result import (
        WorkloadoptimizationV1ConversionResult,
    )
    from ..models.workloadoptimization_v1hpa_management import (
        WorkloadoptimizationV1HPAManagement,
    )
    from ..models.workloadoptimization_v1hpa_owner import WorkloadoptimizationV1HPAOwner
    from ..models.workloadoptimization_v1hpa_spec import WorkloadoptimizationV1HPASpec
    from ..models.workloadoptimization_v1hpa_workload_target import (
        WorkloadoptimizationV1HPAWorkloadTarget,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ClusterHPA")


@_attrs_define
class WorkloadoptimizationV1ClusterHPA:
    """
    Attributes:
        in_cluster (WorkloadoptimizationV1HPASpec):
        management (WorkloadoptimizationV1HPAManagement):
        name (str):
        namespace (str):
        original (WorkloadoptimizationV1HPASpec):
        owner (WorkloadoptimizationV1HPAOwner):
        workload (WorkloadoptimizationV1HPAWorkloadTarget):
        conversion (WorkloadoptimizationV1ConversionResult | Unset):
    """

    in_cluster: WorkloadoptimizationV1HPASpec
    management: WorkloadoptimizationV1HPAManagement
    name: str
    namespace: str
    original: WorkloadoptimizationV1HPASpec
    owner: WorkloadoptimizationV1HPAOwner
    workload: WorkloadoptimizationV1HPAWorkloadTarget
    conversion: WorkloadoptimizationV1ConversionResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_cluster = self.in_cluster.to_dict()

        management = self.management.to_dict()

        name = self.name

        namespace = self.namespace

        original = self.original.to_dict()

        owner = self.owner.to_dict()

        workload = self.workload.to_dict()

        conversion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion, Unset):
            conversion = self.conversion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inCluster": in_cluster,
                "management": management,
                "name": name,
                "namespace": namespace,
                "original": original,
                "owner": owner,
                "workload": workload,
            }
        )
        if conversion is not UNSET:
            field_dict["conversion"] = conversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_conversion_result import (
            WorkloadoptimizationV1ConversionResult,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_management import (
            WorkloadoptimizationV1HPAManagement,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_owner import (
            WorkloadoptimizationV1HPAOwner,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_spec import (
            WorkloadoptimizationV1HPASpec,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_workload_target import (
            WorkloadoptimizationV1HPAWorkloadTarget,  # noqa: PLC0415
        )

        d = dict(src_dict)
        in_cluster = WorkloadoptimizationV1HPASpec.from_dict(d.pop("inCluster"))

        management = WorkloadoptimizationV1HPAManagement.from_dict(d.pop("management"))

        name = d.pop("name")

        namespace = d.pop("namespace")

        original = WorkloadoptimizationV1HPASpec.from_dict(d.pop("original"))

        owner = WorkloadoptimizationV1HPAOwner.from_dict(d.pop("owner"))

        workload = WorkloadoptimizationV1HPAWorkloadTarget.from_dict(d.pop("workload"))

        _conversion = d.pop("conversion", UNSET)
        conversion: WorkloadoptimizationV1ConversionResult | Unset
        if isinstance(_conversion, Unset):
            conversion = UNSET
        else:
            conversion = WorkloadoptimizationV1ConversionResult.from_dict(_conversion)

        workloadoptimization_v1_cluster_hpa = cls(
            in_cluster=in_cluster,
            management=management,
            name=name,
            namespace=namespace,
            original=original,
            owner=owner,
            workload=workload,
            conversion=conversion,
        )

        workloadoptimization_v1_cluster_hpa.additional_properties = d
        return workloadoptimization_v1_cluster_hpa

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
