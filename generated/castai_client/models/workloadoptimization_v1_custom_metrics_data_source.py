from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_custom_metrics_data_source_status import (
    WorkloadoptimizationV1CustomMetricsDataSourceStatus,
    check_workloadoptimization_v1_custom_metrics_data_source_status,
)
from ..models.workloadoptimization_v1_custom_metrics_data_source_type import (
    WorkloadoptimizationV1CustomMetricsDataSourceType,
    check_workloadoptimization_v1_custom_metrics_data_source_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_custom_metrics_data_source_data import (
        WorkloadoptimizationV1CustomMetricsDataSourceData,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1CustomMetricsDataSource")


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSource:
    """
    Attributes:
        cluster_id (str):
        created_at (datetime.datetime):
        data (WorkloadoptimizationV1CustomMetricsDataSourceData):
        id (str):
        installed_by_cast (bool):
        kube_resource_name (str):
        managed_by_cast (bool):
        name (str):
        organization_id (str):
        status (WorkloadoptimizationV1CustomMetricsDataSourceStatus):
        type_ (WorkloadoptimizationV1CustomMetricsDataSourceType):
        updated_at (datetime.datetime):
        errors (list[str] | Unset):
        synced_at (datetime.datetime | None | Unset):
        warnings (list[str] | Unset):
    """

    cluster_id: str
    created_at: datetime.datetime
    data: WorkloadoptimizationV1CustomMetricsDataSourceData
    id: str
    installed_by_cast: bool
    kube_resource_name: str
    managed_by_cast: bool
    name: str
    organization_id: str
    status: WorkloadoptimizationV1CustomMetricsDataSourceStatus
    type_: WorkloadoptimizationV1CustomMetricsDataSourceType
    updated_at: datetime.datetime
    errors: list[str] | Unset = UNSET
    synced_at: datetime.datetime | None | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = self.id

        installed_by_cast = self.installed_by_cast

        kube_resource_name = self.kube_resource_name

        managed_by_cast = self.managed_by_cast

        name = self.name

        organization_id = self.organization_id

        status: str = self.status

        type_: str = self.type_

        updated_at = self.updated_at.isoformat()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        synced_at: None | str | Unset
        if isinstance(self.synced_at, Unset):
            synced_at = UNSET
        elif isinstance(self.synced_at, datetime.datetime):
            synced_at = self.synced_at.isoformat()
        else:
            synced_at = self.synced_at

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "createdAt": created_at,
                "data": data,
                "id": id,
                "installedByCast": installed_by_cast,
                "kubeResourceName": kube_resource_name,
                "managedByCast": managed_by_cast,
                "name": name,
                "organizationId": organization_id,
                "status": status,
                "type": type_,
                "updatedAt": updated_at,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_custom_metrics_data_source_data import (
            WorkloadoptimizationV1CustomMetricsDataSourceData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        data = WorkloadoptimizationV1CustomMetricsDataSourceData.from_dict(
            d.pop("data")
        )

        id = d.pop("id")

        installed_by_cast = d.pop("installedByCast")

        kube_resource_name = d.pop("kubeResourceName")

        managed_by_cast = d.pop("managedByCast")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        status = check_workloadoptimization_v1_custom_metrics_data_source_status(
            d.pop("status")
        )

        type_ = check_workloadoptimization_v1_custom_metrics_data_source_type(
            d.pop("type")
        )

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        errors = cast(list[str], d.pop("errors", UNSET))

        def _parse_synced_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                synced_at_type_0 = datetime.datetime.fromisoformat(data)

                return synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        synced_at = _parse_synced_at(d.pop("syncedAt", UNSET))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        workloadoptimization_v1_custom_metrics_data_source = cls(
            cluster_id=cluster_id,
            created_at=created_at,
            data=data,
            id=id,
            installed_by_cast=installed_by_cast,
            kube_resource_name=kube_resource_name,
            managed_by_cast=managed_by_cast,
            name=name,
            organization_id=organization_id,
            status=status,
            type_=type_,
            updated_at=updated_at,
            errors=errors,
            synced_at=synced_at,
            warnings=warnings,
        )

        workloadoptimization_v1_custom_metrics_data_source.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source

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
