from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1NodeInfo")


@_attrs_define
class ExternalclusterV1NodeInfo:
    """
    Attributes:
        architecture (str | Unset):
        container_runtime_version (str | Unset):
        kernel_version (str | Unset):
        kube_proxy_version (str | Unset):
        kubelet_version (str | Unset):
        operating_system (str | Unset):
        os_image (str | Unset):
    """

    architecture: str | Unset = UNSET
    container_runtime_version: str | Unset = UNSET
    kernel_version: str | Unset = UNSET
    kube_proxy_version: str | Unset = UNSET
    kubelet_version: str | Unset = UNSET
    operating_system: str | Unset = UNSET
    os_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        container_runtime_version = self.container_runtime_version

        kernel_version = self.kernel_version

        kube_proxy_version = self.kube_proxy_version

        kubelet_version = self.kubelet_version

        operating_system = self.operating_system

        os_image = self.os_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if container_runtime_version is not UNSET:
            field_dict["containerRuntimeVersion"] = container_runtime_version
        if kernel_version is not UNSET:
            field_dict["kernelVersion"] = kernel_version
        if kube_proxy_version is not UNSET:
            field_dict["kubeProxyVersion"] = kube_proxy_version
        if kubelet_version is not UNSET:
            field_dict["kubeletVersion"] = kubelet_version
        if operating_system is not UNSET:
            field_dict["operatingSystem"] = operating_system
        if os_image is not UNSET:
            field_dict["osImage"] = os_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)

        container_runtime_version = d.pop("containerRuntimeVersion", UNSET)

        kernel_version = d.pop("kernelVersion", UNSET)

        kube_proxy_version = d.pop("kubeProxyVersion", UNSET)

        kubelet_version = d.pop("kubeletVersion", UNSET)

        operating_system = d.pop("operatingSystem", UNSET)

        os_image = d.pop("osImage", UNSET)

        externalcluster_v1_node_info = cls(
            architecture=architecture,
            container_runtime_version=container_runtime_version,
            kernel_version=kernel_version,
            kube_proxy_version=kube_proxy_version,
            kubelet_version=kubelet_version,
            operating_system=operating_system,
            os_image=os_image,
        )

        externalcluster_v1_node_info.additional_properties = d
        return externalcluster_v1_node_info

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
