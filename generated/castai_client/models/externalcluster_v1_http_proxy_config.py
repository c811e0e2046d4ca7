from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1HttpProxyConfig")


@_attrs_define
class ExternalclusterV1HttpProxyConfig:
    """
    Attributes:
        http_proxy (str | Unset):
        https_proxy (str | Unset):
        no_proxy (list[str] | Unset):
    """

    http_proxy: str | Unset = UNSET
    https_proxy: str | Unset = UNSET
    no_proxy: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_proxy = self.http_proxy

        https_proxy = self.https_proxy

        no_proxy: list[str] | Unset = UNSET
        if not isinstance(self.no_proxy, Unset):
            no_proxy = self.no_proxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_proxy is not UNSET:
            field_dict["httpProxy"] = http_proxy
        if https_proxy is not UNSET:
            field_dict["httpsProxy"] = https_proxy
        if no_proxy is not UNSET:
            field_dict["noProxy"] = no_proxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        http_proxy = d.pop("httpProxy", UNSET)

        https_proxy = d.pop("httpsProxy", UNSET)

        no_proxy = cast(list[str], d.pop("noProxy", UNSET))

        externalcluster_v1_http_proxy_config = cls(
            http_proxy=http_proxy,
            https_proxy=https_proxy,
            no_proxy=no_proxy,
        )

        externalcluster_v1_http_proxy_config.additional_properties = d
        return externalcluster_v1_http_proxy_config

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
