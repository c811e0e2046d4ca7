from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1DisconnectConfig")


@_attrs_define
class ExternalclusterV1DisconnectConfig:
    """
    Attributes:
        delete_provisioned_nodes (bool | Unset):
        keep_kubernetes_resources (bool | Unset):
    """

    delete_provisioned_nodes: bool | Unset = UNSET
    keep_kubernetes_resources: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_provisioned_nodes = self.delete_provisioned_nodes

        keep_kubernetes_resources = self.keep_kubernetes_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_provisioned_nodes is not UNSET:
            field_dict["deleteProvisionedNodes"] = delete_provisioned_nodes
        if keep_kubernetes_resources is not UNSET:
            field_dict["keepKubernetesResources"] = keep_kubernetes_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_provisioned_nodes = d.pop("deleteProvisionedNodes", UNSET)

        keep_kubernetes_resources = d.pop("keepKubernetesResources", UNSET)

        externalcluster_v1_disconnect_config = cls(
            delete_provisioned_nodes=delete_provisioned_nodes,
            keep_kubernetes_resources=keep_kubernetes_resources,
        )

        externalcluster_v1_disconnect_config.additional_properties = d
        return externalcluster_v1_disconnect_config

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
