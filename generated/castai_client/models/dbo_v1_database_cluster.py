from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_database_cluster_type import (
    DboV1DatabaseClusterType,
    check_dbo_v1_database_cluster_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_database_instance import DboV1DatabaseInstance
    from ..models.dbo_v1_database_instance_logical_database import (
        DboV1DatabaseInstanceLogicalDatabase,
    )
    from ..models.dbo_v1_database_metrics import DboV1DatabaseMetrics
    from ..models.dbo_v1_endpoint import DboV1Endpoint


T = TypeVar("T", bound="DboV1DatabaseCluster")


@_attrs_define
class DboV1DatabaseCluster:
    """
    Attributes:
        current_cost (str):
        estimated_cost (str):
        id (str):
        name (str):
        potential_savings (str):
        potential_savings_fraction (str):
        type_ (DboV1DatabaseClusterType):
        cache_group_id (None | str | Unset):
        databases (list[DboV1DatabaseInstanceLogicalDatabase] | Unset):
        endpoints (list[DboV1Endpoint] | Unset):
        instances (list[DboV1DatabaseInstance] | Unset):
        metrics_overview (DboV1DatabaseMetrics | Unset):
    """

    current_cost: str
    estimated_cost: str
    id: str
    name: str
    potential_savings: str
    potential_savings_fraction: str
    type_: DboV1DatabaseClusterType
    cache_group_id: None | str | Unset = UNSET
    databases: list[DboV1DatabaseInstanceLogicalDatabase] | Unset = UNSET
    endpoints: list[DboV1Endpoint] | Unset = UNSET
    instances: list[DboV1DatabaseInstance] | Unset = UNSET
    metrics_overview: DboV1DatabaseMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_cost = self.current_cost

        estimated_cost = self.estimated_cost

        id = self.id

        name = self.name

        potential_savings = self.potential_savings

        potential_savings_fraction = self.potential_savings_fraction

        type_: str = self.type_

        cache_group_id: None | str | Unset
        if isinstance(self.cache_group_id, Unset):
            cache_group_id = UNSET
        else:
            cache_group_id = self.cache_group_id

        databases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = []
            for databases_item_data in self.databases:
                databases_item = databases_item_data.to_dict()
                databases.append(databases_item)

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        metrics_overview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics_overview, Unset):
            metrics_overview = self.metrics_overview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentCost": current_cost,
                "estimatedCost": estimated_cost,
                "id": id,
                "name": name,
                "potentialSavings": potential_savings,
                "potentialSavingsFraction": potential_savings_fraction,
                "type": type_,
            }
        )
        if cache_group_id is not UNSET:
            field_dict["cacheGroupId"] = cache_group_id
        if databases is not UNSET:
            field_dict["databases"] = databases
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if instances is not UNSET:
            field_dict["instances"] = instances
        if metrics_overview is not UNSET:
            field_dict["metricsOverview"] = metrics_overview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_database_instance import DboV1DatabaseInstance  # noqa: PLC0415
        from ..models.dbo_v1_database_instance_logical_database import (
            DboV1DatabaseInstanceLogicalDatabase,  # noqa: PLC0415
        )
        from ..models.dbo_v1_database_metrics import DboV1DatabaseMetrics  # noqa: PLC0415
        from ..models.dbo_v1_endpoint import DboV1Endpoint  # noqa: PLC0415

        d = dict(src_dict)
        current_cost = d.pop("currentCost")

        estimated_cost = d.pop("estimatedCost")

        id = d.pop("id")

        name = d.pop("name")

        potential_savings = d.pop("potentialSavings")

        potential_savings_fraction = d.pop("potentialSavingsFraction")

        type_ = check_dbo_v1_database_cluster_type(d.pop("type"))

        def _parse_cache_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_group_id = _parse_cache_group_id(d.pop("cacheGroupId", UNSET))

        _databases = d.pop("databases", UNSET)
        databases: list[DboV1DatabaseInstanceLogicalDatabase] | Unset = UNSET
        if _databases is not UNSET:
            databases = []
            for databases_item_data in _databases:
                databases_item = DboV1DatabaseInstanceLogicalDatabase.from_dict(
                    databases_item_data
                )

                databases.append(databases_item)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[DboV1Endpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = DboV1Endpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        _instances = d.pop("instances", UNSET)
        instances: list[DboV1DatabaseInstance] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = DboV1DatabaseInstance.from_dict(instances_item_data)

                instances.append(instances_item)

        _metrics_overview = d.pop("metricsOverview", UNSET)
        metrics_overview: DboV1DatabaseMetrics | Unset
        if isinstance(_metrics_overview, Unset):
            metrics_overview = UNSET
        else:
            metrics_overview = DboV1DatabaseMetrics.from_dict(_metrics_overview)

        dbo_v1_database_cluster = cls(
            current_cost=current_cost,
            estimated_cost=estimated_cost,
            id=id,
            name=name,
            potential_savings=potential_savings,
            potential_savings_fraction=potential_savings_fraction,
            type_=type_,
            cache_group_id=cache_group_id,
            databases=databases,
            endpoints=endpoints,
            instances=instances,
            metrics_overview=metrics_overview,
        )

        dbo_v1_database_cluster.additional_properties = d
        return dbo_v1_database_cluster

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
