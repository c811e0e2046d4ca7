from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_cache_status import DboV1CacheStatus, check_dbo_v1_cache_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics
    from ..models.dbo_v1_database_instance_configuration import (
        DboV1DatabaseInstanceConfiguration,
    )
    from ..models.dbo_v1_database_instance_logical_database import (
        DboV1DatabaseInstanceLogicalDatabase,
    )
    from ..models.dbo_v1_database_metrics import DboV1DatabaseMetrics
    from ..models.dbo_v1rds import DboV1RDS


T = TypeVar("T", bound="DboV1DatabaseInstance")


@_attrs_define
class DboV1DatabaseInstance:
    """
    Attributes:
        configuration (DboV1DatabaseInstanceConfiguration):
        id (str):
        name (str):
        cache_group_id (None | str | Unset):
        cache_status (DboV1CacheStatus | Unset):
        cache_status_conditions (list[str] | Unset):
        databases (list[DboV1DatabaseInstanceLogicalDatabase] | Unset):
        metrics (DboV1CacheMetrics | Unset):
        metrics_overview (DboV1DatabaseMetrics | Unset):
        rds (DboV1RDS | Unset):
    """

    configuration: DboV1DatabaseInstanceConfiguration
    id: str
    name: str
    cache_group_id: None | str | Unset = UNSET
    cache_status: DboV1CacheStatus | Unset = UNSET
    cache_status_conditions: list[str] | Unset = UNSET
    databases: list[DboV1DatabaseInstanceLogicalDatabase] | Unset = UNSET
    metrics: DboV1CacheMetrics | Unset = UNSET
    metrics_overview: DboV1DatabaseMetrics | Unset = UNSET
    rds: DboV1RDS | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration = self.configuration.to_dict()

        id = self.id

        name = self.name

        cache_group_id: None | str | Unset
        if isinstance(self.cache_group_id, Unset):
            cache_group_id = UNSET
        else:
            cache_group_id = self.cache_group_id

        cache_status: str | Unset = UNSET
        if not isinstance(self.cache_status, Unset):
            cache_status = self.cache_status

        cache_status_conditions: list[str] | Unset = UNSET
        if not isinstance(self.cache_status_conditions, Unset):
            cache_status_conditions = self.cache_status_conditions

        databases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = []
            for databases_item_data in self.databases:
                databases_item = databases_item_data.to_dict()
                databases.append(databases_item)

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        metrics_overview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics_overview, Unset):
            metrics_overview = self.metrics_overview.to_dict()

        rds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rds, Unset):
            rds = self.rds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
                "id": id,
                "name": name,
            }
        )
        if cache_group_id is not UNSET:
            field_dict["cacheGroupId"] = cache_group_id
        if cache_status is not UNSET:
            field_dict["cacheStatus"] = cache_status
        if cache_status_conditions is not UNSET:
            field_dict["cacheStatusConditions"] = cache_status_conditions
        if databases is not UNSET:
            field_dict["databases"] = databases
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_overview is not UNSET:
            field_dict["metricsOverview"] = metrics_overview
        if rds is not UNSET:
            field_dict["rds"] = rds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics  # noqa: PLC0415
        from ..models.dbo_v1_database_instance_configuration import (
            DboV1DatabaseInstanceConfiguration,  # noqa: PLC0415
        )
        from ..models.dbo_v1_database_instance_logical_database import (
            DboV1DatabaseInstanceLogicalDatabase,  # noqa: PLC0415
        )
        from ..models.dbo_v1_database_metrics import DboV1DatabaseMetrics  # noqa: PLC0415
        from ..models.dbo_v1rds import DboV1RDS  # noqa: PLC0415

        d = dict(src_dict)
        configuration = DboV1DatabaseInstanceConfiguration.from_dict(
            d.pop("configuration")
        )

        id = d.pop("id")

        name = d.pop("name")

        def _parse_cache_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_group_id = _parse_cache_group_id(d.pop("cacheGroupId", UNSET))

        _cache_status = d.pop("cacheStatus", UNSET)
        cache_status: DboV1CacheStatus | Unset
        if isinstance(_cache_status, Unset):
            cache_status = UNSET
        else:
            cache_status = check_dbo_v1_cache_status(_cache_status)

        cache_status_conditions = cast(list[str], d.pop("cacheStatusConditions", UNSET))

        _databases = d.pop("databases", UNSET)
        databases: list[DboV1DatabaseInstanceLogicalDatabase] | Unset = UNSET
        if _databases is not UNSET:
            databases = []
            for databases_item_data in _databases:
                databases_item = DboV1DatabaseInstanceLogicalDatabase.from_dict(
                    databases_item_data
                )

                databases.append(databases_item)

        _metrics = d.pop("metrics", UNSET)
        metrics: DboV1CacheMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DboV1CacheMetrics.from_dict(_metrics)

        _metrics_overview = d.pop("metricsOverview", UNSET)
        metrics_overview: DboV1DatabaseMetrics | Unset
        if isinstance(_metrics_overview, Unset):
            metrics_overview = UNSET
        else:
            metrics_overview = DboV1DatabaseMetrics.from_dict(_metrics_overview)

        _rds = d.pop("rds", UNSET)
        rds: DboV1RDS | Unset
        if isinstance(_rds, Unset):
            rds = UNSET
        else:
            rds = DboV1RDS.from_dict(_rds)

        dbo_v1_database_instance = cls(
            configuration=configuration,
            id=id,
            name=name,
            cache_group_id=cache_group_id,
            cache_status=cache_status,
            cache_status_conditions=cache_status_conditions,
            databases=databases,
            metrics=metrics,
            metrics_overview=metrics_overview,
            rds=rds,
        )

        dbo_v1_database_instance.additional_properties = d
        return dbo_v1_database_instance

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
