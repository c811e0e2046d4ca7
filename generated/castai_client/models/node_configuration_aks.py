from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeConfigurationAKS")


@_attrs_define
class NodeConfigurationAKS:
    """AKS-specific node settings.

    Attributes:
        application_security_group_ids (list[str] | Unset):
        enable_encryption_at_host (bool | None | Unset):
        max_pods_per_node (int | Unset):  Example: 30.
        network_security_group_id (None | str | Unset):
        pod_subnet_id (None | str | Unset):
    """

    application_security_group_ids: list[str] | Unset = UNSET
    enable_encryption_at_host: bool | None | Unset = UNSET
    max_pods_per_node: int | Unset = UNSET
    network_security_group_id: None | str | Unset = UNSET
    pod_subnet_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_security_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.application_security_group_ids, Unset):
            application_security_group_ids = self.application_security_group_ids

        enable_encryption_at_host: bool | None | Unset
        if isinstance(self.enable_encryption_at_host, Unset):
            enable_encryption_at_host = UNSET
        else:
            enable_encryption_at_host = self.enable_encryption_at_host

        max_pods_per_node = self.max_pods_per_node

        network_security_group_id: None | str | Unset
        if isinstance(self.network_security_group_id, Unset):
            network_security_group_id = UNSET
        else:
            network_security_group_id = self.network_security_group_id

        pod_subnet_id: None | str | Unset
        if isinstance(self.pod_subnet_id, Unset):
            pod_subnet_id = UNSET
        else:
            pod_subnet_id = self.pod_subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_security_group_ids is not UNSET:
            field_dict["applicationSecurityGroupIds"] = application_security_group_ids
        if enable_encryption_at_host is not UNSET:
            field_dict["enableEncryptionAtHost"] = enable_encryption_at_host
        if max_pods_per_node is not UNSET:
            field_dict["maxPodsPerNode"] = max_pods_per_node
        if network_security_group_id is not UNSET:
            field_dict["networkSecurityGroupId"] = network_security_group_id
        if pod_subnet_id is not UNSET:
            field_dict["podSubnetId"] = pod_subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_security_group_ids = cast(
            list[str], d.pop("applicationSecurityGroupIds", UNSET)
        )

        def _parse_enable_encryption_at_host(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_encryption_at_host = _parse_enable_encryption_at_host(
            d.pop("enableEncryptionAtHost", UNSET)
        )

        max_pods_per_node = d.pop("maxPodsPerNode", UNSET)

        def _parse_network_security_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_security_group_id = _parse_network_security_group_id(
            d.pop("networkSecurityGroupId", UNSET)
        )

        def _parse_pod_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pod_subnet_id = _parse_pod_subnet_id(d.pop("podSubnetId", UNSET))

        node_configuration_aks = cls(
            application_security_group_ids=application_security_group_ids,
            enable_encryption_at_host=enable_encryption_at_host,
            max_pods_per_node=max_pods_per_node,
            network_security_group_id=network_security_group_id,
            pod_subnet_id=pod_subnet_id,
        )

        node_configuration_aks.additional_properties = d
        return node_configuration_aks

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
