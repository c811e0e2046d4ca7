from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_endpoint import DboV1Endpoint


T = TypeVar("T", bound="DboV1ProxyStateCacheDeployment")


@_attrs_define
class DboV1ProxyStateCacheDeployment:
    """
    Attributes:
        chart_version (str):
        namespace (str):
        proxy_image (str):
        query_processor_image (str):
        service_name (str):
        endpoints (list[DboV1Endpoint] | Unset):
        pooling_enabled (bool | Unset):
    """

    chart_version: str
    namespace: str
    proxy_image: str
    query_processor_image: str
    service_name: str
    endpoints: list[DboV1Endpoint] | Unset = UNSET
    pooling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_version = self.chart_version

        namespace = self.namespace

        proxy_image = self.proxy_image

        query_processor_image = self.query_processor_image

        service_name = self.service_name

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        pooling_enabled = self.pooling_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chartVersion": chart_version,
                "namespace": namespace,
                "proxyImage": proxy_image,
                "queryProcessorImage": query_processor_image,
                "serviceName": service_name,
            }
        )
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if pooling_enabled is not UNSET:
            field_dict["poolingEnabled"] = pooling_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_endpoint import DboV1Endpoint  # noqa: PLC0415

        d = dict(src_dict)
        chart_version = d.pop("chartVersion")

        namespace = d.pop("namespace")

        proxy_image = d.pop("proxyImage")

        query_processor_image = d.pop("queryProcessorImage")

        service_name = d.pop("serviceName")

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[DboV1Endpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = DboV1Endpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        pooling_enabled = d.pop("poolingEnabled", UNSET)

        dbo_v1_proxy_state_cache_deployment = cls(
            chart_version=chart_version,
            namespace=namespace,
            proxy_image=proxy_image,
            query_processor_image=query_processor_image,
            service_name=service_name,
            endpoints=endpoints,
            pooling_enabled=pooling_enabled,
        )

        dbo_v1_proxy_state_cache_deployment.additional_properties = d
        return dbo_v1_proxy_state_cache_deployment

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
