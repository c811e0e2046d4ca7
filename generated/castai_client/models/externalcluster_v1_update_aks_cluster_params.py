from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_http_proxy_config import (
        ExternalclusterV1HttpProxyConfig,
    )


T = TypeVar("T", bound="ExternalclusterV1UpdateAKSClusterParams")


@_attrs_define
class ExternalclusterV1UpdateAKSClusterParams:
    """
    Attributes:
        http_proxy_config (ExternalclusterV1HttpProxyConfig | Unset):
    """

    http_proxy_config: ExternalclusterV1HttpProxyConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_proxy_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_proxy_config, Unset):
            http_proxy_config = self.http_proxy_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_proxy_config is not UNSET:
            field_dict["httpProxyConfig"] = http_proxy_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_http_proxy_config import (
            ExternalclusterV1HttpProxyConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _http_proxy_config = d.pop("httpProxyConfig", UNSET)
        http_proxy_config: ExternalclusterV1HttpProxyConfig | Unset
        if isinstance(_http_proxy_config, Unset):
            http_proxy_config = UNSET
        else:
            http_proxy_config = ExternalclusterV1HttpProxyConfig.from_dict(
                _http_proxy_config
            )

        externalcluster_v1_update_aks_cluster_params = cls(
            http_proxy_config=http_proxy_config,
        )

        externalcluster_v1_update_aks_cluster_params.additional_properties = d
        return externalcluster_v1_update_aks_cluster_params

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
