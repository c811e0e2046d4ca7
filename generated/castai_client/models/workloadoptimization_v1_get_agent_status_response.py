from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_get_agent_status_response_agent_status import (
    WorkloadoptimizationV1GetAgentStatusResponseAgentStatus,
    check_workloadoptimization_v1_get_agent_status_response_agent_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1GetAgentStatusResponse")


@_attrs_define
class WorkloadoptimizationV1GetAgentStatusResponse:
    """
    Attributes:
        cluster_id (str):
        hpa_converters_supported_from_version (str):
        in_place_resize_enabled (bool):
        psi_metrics_supported (bool):
        status (WorkloadoptimizationV1GetAgentStatusResponseAgentStatus):
        updated_at (datetime.datetime):
        workload_autoscaler_replica_count (int):
        cast_agent_current_version (None | str | Unset):
        current_version (None | str | Unset):
        hpa_supported_from_cast_agent_version (None | str | Unset):
        installed_at (datetime.datetime | None | Unset):
        latest_version (None | str | Unset):
        metrics_exporter_version (None | str | Unset):
        native_hpa_supported_from_version (None | str | Unset):
        resource_quotas_affecting_optimization (bool | None | Unset):
    """

    cluster_id: str
    hpa_converters_supported_from_version: str
    in_place_resize_enabled: bool
    psi_metrics_supported: bool
    status: WorkloadoptimizationV1GetAgentStatusResponseAgentStatus
    updated_at: datetime.datetime
    workload_autoscaler_replica_count: int
    cast_agent_current_version: None | str | Unset = UNSET
    current_version: None | str | Unset = UNSET
    hpa_supported_from_cast_agent_version: None | str | Unset = UNSET
    installed_at: datetime.datetime | None | Unset = UNSET
    latest_version: None | str | Unset = UNSET
    metrics_exporter_version: None | str | Unset = UNSET
    native_hpa_supported_from_version: None | str | Unset = UNSET
    resource_quotas_affecting_optimization: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        hpa_converters_supported_from_version = (
            self.hpa_converters_supported_from_version
        )

        in_place_resize_enabled = self.in_place_resize_enabled

        psi_metrics_supported = self.psi_metrics_supported

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        workload_autoscaler_replica_count = self.workload_autoscaler_replica_count

        cast_agent_current_version: None | str | Unset
        if isinstance(self.cast_agent_current_version, Unset):
            cast_agent_current_version = UNSET
        else:
            cast_agent_current_version = self.cast_agent_current_version

        current_version: None | str | Unset
        if isinstance(self.current_version, Unset):
            current_version = UNSET
        else:
            current_version = self.current_version

        hpa_supported_from_cast_agent_version: None | str | Unset
        if isinstance(self.hpa_supported_from_cast_agent_version, Unset):
            hpa_supported_from_cast_agent_version = UNSET
        else:
            hpa_supported_from_cast_agent_version = (
                self.hpa_supported_from_cast_agent_version
            )

        installed_at: None | str | Unset
        if isinstance(self.installed_at, Unset):
            installed_at = UNSET
        elif isinstance(self.installed_at, datetime.datetime):
            installed_at = self.installed_at.isoformat()
        else:
            installed_at = self.installed_at

        latest_version: None | str | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        else:
            latest_version = self.latest_version

        metrics_exporter_version: None | str | Unset
        if isinstance(self.metrics_exporter_version, Unset):
            metrics_exporter_version = UNSET
        else:
            metrics_exporter_version = self.metrics_exporter_version

        native_hpa_supported_from_version: None | str | Unset
        if isinstance(self.native_hpa_supported_from_version, Unset):
            native_hpa_supported_from_version = UNSET
        else:
            native_hpa_supported_from_version = self.native_hpa_supported_from_version

        resource_quotas_affecting_optimization: bool | None | Unset
        if isinstance(self.resource_quotas_affecting_optimization, Unset):
            resource_quotas_affecting_optimization = UNSET
        else:
            resource_quotas_affecting_optimization = (
                self.resource_quotas_affecting_optimization
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "hpaConvertersSupportedFromVersion": hpa_converters_supported_from_version,
                "inPlaceResizeEnabled": in_place_resize_enabled,
                "psiMetricsSupported": psi_metrics_supported,
                "status": status,
                "updatedAt": updated_at,
                "workloadAutoscalerReplicaCount": workload_autoscaler_replica_count,
            }
        )
        if cast_agent_current_version is not UNSET:
            field_dict["castAgentCurrentVersion"] = cast_agent_current_version
        if current_version is not UNSET:
            field_dict["currentVersion"] = current_version
        if hpa_supported_from_cast_agent_version is not UNSET:
            field_dict["hpaSupportedFromCastAgentVersion"] = (
                hpa_supported_from_cast_agent_version
            )
        if installed_at is not UNSET:
            field_dict["installedAt"] = installed_at
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version
        if metrics_exporter_version is not UNSET:
            field_dict["metricsExporterVersion"] = metrics_exporter_version
        if native_hpa_supported_from_version is not UNSET:
            field_dict["nativeHpaSupportedFromVersion"] = (
                native_hpa_supported_from_version
            )
        if resource_quotas_affecting_optimization is not UNSET:
            field_dict["resourceQuotasAffectingOptimization"] = (
                resource_quotas_affecting_optimization
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        hpa_converters_supported_from_version = d.pop(
            "hpaConvertersSupportedFromVersion"
        )

        in_place_resize_enabled = d.pop("inPlaceResizeEnabled")

        psi_metrics_supported = d.pop("psiMetricsSupported")

        status = check_workloadoptimization_v1_get_agent_status_response_agent_status(
            d.pop("status")
        )

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        workload_autoscaler_replica_count = d.pop("workloadAutoscalerReplicaCount")

        def _parse_cast_agent_current_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cast_agent_current_version = _parse_cast_agent_current_version(
            d.pop("castAgentCurrentVersion", UNSET)
        )

        def _parse_current_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_version = _parse_current_version(d.pop("currentVersion", UNSET))

        def _parse_hpa_supported_from_cast_agent_version(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hpa_supported_from_cast_agent_version = (
            _parse_hpa_supported_from_cast_agent_version(
                d.pop("hpaSupportedFromCastAgentVersion", UNSET)
            )
        )

        def _parse_installed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                installed_at_type_0 = datetime.datetime.fromisoformat(data)

                return installed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        installed_at = _parse_installed_at(d.pop("installedAt", UNSET))

        def _parse_latest_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_version = _parse_latest_version(d.pop("latestVersion", UNSET))

        def _parse_metrics_exporter_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metrics_exporter_version = _parse_metrics_exporter_version(
            d.pop("metricsExporterVersion", UNSET)
        )

        def _parse_native_hpa_supported_from_version(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        native_hpa_supported_from_version = _parse_native_hpa_supported_from_version(
            d.pop("nativeHpaSupportedFromVersion", UNSET)
        )

        def _parse_resource_quotas_affecting_optimization(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        resource_quotas_affecting_optimization = (
            _parse_resource_quotas_affecting_optimization(
                d.pop("resourceQuotasAffectingOptimization", UNSET)
            )
        )

        workloadoptimization_v1_get_agent_status_response = cls(
            cluster_id=cluster_id,
            hpa_converters_supported_from_version=hpa_converters_supported_from_version,
            in_place_resize_enabled=in_place_resize_enabled,
            psi_metrics_supported=psi_metrics_supported,
            status=status,
            updated_at=updated_at,
            workload_autoscaler_replica_count=workload_autoscaler_replica_count,
            cast_agent_current_version=cast_agent_current_version,
            current_version=current_version,
            hpa_supported_from_cast_agent_version=hpa_supported_from_cast_agent_version,
            installed_at=installed_at,
            latest_version=latest_version,
            metrics_exporter_version=metrics_exporter_version,
            native_hpa_supported_from_version=native_hpa_supported_from_version,
            resource_quotas_affecting_optimization=resource_quotas_affecting_optimization,
        )

        workloadoptimization_v1_get_agent_status_response.additional_properties = d
        return workloadoptimization_v1_get_agent_status_response

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
