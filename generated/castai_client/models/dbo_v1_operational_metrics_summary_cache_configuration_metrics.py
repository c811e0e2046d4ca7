from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DboV1OperationalMetricsSummaryCacheConfigurationMetrics")


@_attrs_define
class DboV1OperationalMetricsSummaryCacheConfigurationMetrics:
    """
    Attributes:
        database_idle_connections (float):
        database_name (str):
        database_total_connections (float):
        dbo_idle_connections (float):
        dbo_total_connections (float):
        id (str):
    """

    database_idle_connections: float
    database_name: str
    database_total_connections: float
    dbo_idle_connections: float
    dbo_total_connections: float
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_idle_connections = self.database_idle_connections

        database_name = self.database_name

        database_total_connections = self.database_total_connections

        dbo_idle_connections = self.dbo_idle_connections

        dbo_total_connections = self.dbo_total_connections

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databaseIdleConnections": database_idle_connections,
                "databaseName": database_name,
                "databaseTotalConnections": database_total_connections,
                "dboIdleConnections": dbo_idle_connections,
                "dboTotalConnections": dbo_total_connections,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_idle_connections = d.pop("databaseIdleConnections")

        database_name = d.pop("databaseName")

        database_total_connections = d.pop("databaseTotalConnections")

        dbo_idle_connections = d.pop("dboIdleConnections")

        dbo_total_connections = d.pop("dboTotalConnections")

        id = d.pop("id")

        dbo_v1_operational_metrics_summary_cache_configuration_metrics = cls(
            database_idle_connections=database_idle_connections,
            database_name=database_name,
            database_total_connections=database_total_connections,
            dbo_idle_connections=dbo_idle_connections,
            dbo_total_connections=dbo_total_connections,
            id=id,
        )

        dbo_v1_operational_metrics_summary_cache_configuration_metrics.additional_properties = d
        return dbo_v1_operational_metrics_summary_cache_configuration_metrics

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
