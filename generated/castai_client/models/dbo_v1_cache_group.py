from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_cache_group_protocol_type import (
    DboV1CacheGroupProtocolType,
    check_dbo_v1_cache_group_protocol_type,
)
from ..models.dbo_v1_cache_status import DboV1CacheStatus, check_dbo_v1_cache_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_cache_configuration import DboV1CacheConfiguration
    from ..models.dbo_v1_cache_group_status_conditions import (
        DboV1CacheGroupStatusConditions,
    )
    from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics
    from ..models.dbo_v1_endpoint import DboV1Endpoint


T = TypeVar("T", bound="DboV1CacheGroup")


@_attrs_define
class DboV1CacheGroup:
    """
    Attributes:
        protocol_type (DboV1CacheGroupProtocolType):
        cache_status (DboV1CacheStatus | Unset):
        cluster_id (None | str | Unset):
        configurations (list[DboV1CacheConfiguration] | Unset):
        direct_mode (bool | None | Unset):
        direct_mode_last_changed (datetime.datetime | None | Unset):
        endpoints (list[DboV1Endpoint] | Unset):
        helm_chart_version (None | str | Unset):
        id (str | Unset):
        instance_id (None | str | Unset):
        metrics (DboV1CacheMetrics | Unset):
        name (None | str | Unset):
        roxy (bool | Unset):
        status_conditions (DboV1CacheGroupStatusConditions | Unset):
        version (int | Unset):
    """

    protocol_type: DboV1CacheGroupProtocolType
    cache_status: DboV1CacheStatus | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    configurations: list[DboV1CacheConfiguration] | Unset = UNSET
    direct_mode: bool | None | Unset = UNSET
    direct_mode_last_changed: datetime.datetime | None | Unset = UNSET
    endpoints: list[DboV1Endpoint] | Unset = UNSET
    helm_chart_version: None | str | Unset = UNSET
    id: str | Unset = UNSET
    instance_id: None | str | Unset = UNSET
    metrics: DboV1CacheMetrics | Unset = UNSET
    name: None | str | Unset = UNSET
    roxy: bool | Unset = UNSET
    status_conditions: DboV1CacheGroupStatusConditions | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol_type: str = self.protocol_type

        cache_status: str | Unset = UNSET
        if not isinstance(self.cache_status, Unset):
            cache_status = self.cache_status

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = []
            for configurations_item_data in self.configurations:
                configurations_item = configurations_item_data.to_dict()
                configurations.append(configurations_item)

        direct_mode: bool | None | Unset
        if isinstance(self.direct_mode, Unset):
            direct_mode = UNSET
        else:
            direct_mode = self.direct_mode

        direct_mode_last_changed: None | str | Unset
        if isinstance(self.direct_mode_last_changed, Unset):
            direct_mode_last_changed = UNSET
        elif isinstance(self.direct_mode_last_changed, datetime.datetime):
            direct_mode_last_changed = self.direct_mode_last_changed.isoformat()
        else:
            direct_mode_last_changed = self.direct_mode_last_changed

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        helm_chart_version: None | str | Unset
        if isinstance(self.helm_chart_version, Unset):
            helm_chart_version = UNSET
        else:
            helm_chart_version = self.helm_chart_version

        id = self.id

        instance_id: None | str | Unset
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        roxy = self.roxy

        status_conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_conditions, Unset):
            status_conditions = self.status_conditions.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocolType": protocol_type,
            }
        )
        if cache_status is not UNSET:
            field_dict["cacheStatus"] = cache_status
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if direct_mode is not UNSET:
            field_dict["directMode"] = direct_mode
        if direct_mode_last_changed is not UNSET:
            field_dict["directModeLastChanged"] = direct_mode_last_changed
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if helm_chart_version is not UNSET:
            field_dict["helmChartVersion"] = helm_chart_version
        if id is not UNSET:
            field_dict["id"] = id
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name
        if roxy is not UNSET:
            field_dict["roxy"] = roxy
        if status_conditions is not UNSET:
            field_dict["statusConditions"] = status_conditions
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_cache_configuration import DboV1CacheConfiguration  # noqa: PLC0415
        from ..models.dbo_v1_cache_group_status_conditions import (
            DboV1CacheGroupStatusConditions,  # noqa: PLC0415
        )
        from ..models.dbo_v1_cache_metrics import DboV1CacheMetrics  # noqa: PLC0415
        from ..models.dbo_v1_endpoint import DboV1Endpoint  # noqa: PLC0415

        d = dict(src_dict)
        protocol_type = check_dbo_v1_cache_group_protocol_type(d.pop("protocolType"))

        _cache_status = d.pop("cacheStatus", UNSET)
        cache_status: DboV1CacheStatus | Unset
        if isinstance(_cache_status, Unset):
            cache_status = UNSET
        else:
            cache_status = check_dbo_v1_cache_status(_cache_status)

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterId", UNSET))

        _configurations = d.pop("configurations", UNSET)
        configurations: list[DboV1CacheConfiguration] | Unset = UNSET
        if _configurations is not UNSET:
            configurations = []
            for configurations_item_data in _configurations:
                configurations_item = DboV1CacheConfiguration.from_dict(
                    configurations_item_data
                )

                configurations.append(configurations_item)

        def _parse_direct_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        direct_mode = _parse_direct_mode(d.pop("directMode", UNSET))

        def _parse_direct_mode_last_changed(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direct_mode_last_changed_type_0 = datetime.datetime.fromisoformat(data)

                return direct_mode_last_changed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        direct_mode_last_changed = _parse_direct_mode_last_changed(
            d.pop("directModeLastChanged", UNSET)
        )

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[DboV1Endpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = DboV1Endpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        def _parse_helm_chart_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        helm_chart_version = _parse_helm_chart_version(d.pop("helmChartVersion", UNSET))

        id = d.pop("id", UNSET)

        def _parse_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_id = _parse_instance_id(d.pop("instanceId", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: DboV1CacheMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DboV1CacheMetrics.from_dict(_metrics)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        roxy = d.pop("roxy", UNSET)

        _status_conditions = d.pop("statusConditions", UNSET)
        status_conditions: DboV1CacheGroupStatusConditions | Unset
        if isinstance(_status_conditions, Unset):
            status_conditions = UNSET
        else:
            status_conditions = DboV1CacheGroupStatusConditions.from_dict(
                _status_conditions
            )

        version = d.pop("version", UNSET)

        dbo_v1_cache_group = cls(
            protocol_type=protocol_type,
            cache_status=cache_status,
            cluster_id=cluster_id,
            configurations=configurations,
            direct_mode=direct_mode,
            direct_mode_last_changed=direct_mode_last_changed,
            endpoints=endpoints,
            helm_chart_version=helm_chart_version,
            id=id,
            instance_id=instance_id,
            metrics=metrics,
            name=name,
            roxy=roxy,
            status_conditions=status_conditions,
            version=version,
        )

        dbo_v1_cache_group.additional_properties = d
        return dbo_v1_cache_group

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
