from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodeconfig_v1aks_config_accelerated_networking_mode import (
    NodeconfigV1AKSConfigAcceleratedNetworkingMode,
    check_nodeconfig_v1aks_config_accelerated_networking_mode,
)
from ..models.nodeconfig_v1aks_config_image_family import (
    NodeconfigV1AKSConfigImageFamily,
    check_nodeconfig_v1aks_config_image_family,
)
from ..models.nodeconfig_v1aks_config_os_disk_type import (
    NodeconfigV1AKSConfigOsDiskType,
    check_nodeconfig_v1aks_config_os_disk_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1aks_config_load_balancers import (
        NodeconfigV1AKSConfigLoadBalancers,
    )
    from ..models.nodeconfig_v1aks_config_os_disk_ephemeral import (
        NodeconfigV1AKSConfigOsDiskEphemeral,
    )
    from ..models.nodeconfig_v1aks_config_public_ip import NodeconfigV1AKSConfigPublicIP


T = TypeVar("T", bound="NodeconfigV1AKSConfig")


@_attrs_define
class NodeconfigV1AKSConfig:
    """
    Attributes:
        accelerated_networking (NodeconfigV1AKSConfigAcceleratedNetworkingMode | Unset):
        application_security_group_ids (list[str] | Unset):
        enable_encryption_at_host (bool | None | Unset):
        image_family (NodeconfigV1AKSConfigImageFamily | Unset):
        load_balancers (list[NodeconfigV1AKSConfigLoadBalancers] | Unset):
        max_pods_per_node (int | Unset):
        network_security_group_id (None | str | Unset):
        os_disk_ephemeral (NodeconfigV1AKSConfigOsDiskEphemeral | Unset):
        os_disk_type (NodeconfigV1AKSConfigOsDiskType | Unset):
        pod_subnet_id (None | str | Unset):
        public_ip (NodeconfigV1AKSConfigPublicIP | Unset):
    """

    accelerated_networking: NodeconfigV1AKSConfigAcceleratedNetworkingMode | Unset = (
        UNSET
    )
    application_security_group_ids: list[str] | Unset = UNSET
    enable_encryption_at_host: bool | None | Unset = UNSET
    image_family: NodeconfigV1AKSConfigImageFamily | Unset = UNSET
    load_balancers: list[NodeconfigV1AKSConfigLoadBalancers] | Unset = UNSET
    max_pods_per_node: int | Unset = UNSET
    network_security_group_id: None | str | Unset = UNSET
    os_disk_ephemeral: NodeconfigV1AKSConfigOsDiskEphemeral | Unset = UNSET
    os_disk_type: NodeconfigV1AKSConfigOsDiskType | Unset = UNSET
    pod_subnet_id: None | str | Unset = UNSET
    public_ip: NodeconfigV1AKSConfigPublicIP | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerated_networking: str | Unset = UNSET
        if not isinstance(self.accelerated_networking, Unset):
            accelerated_networking = self.accelerated_networking

        application_security_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.application_security_group_ids, Unset):
            application_security_group_ids = self.application_security_group_ids

        enable_encryption_at_host: bool | None | Unset
        if isinstance(self.enable_encryption_at_host, Unset):
            enable_encryption_at_host = UNSET
        else:
            enable_encryption_at_host = self.enable_encryption_at_host

        image_family: str | Unset = UNSET
        if not isinstance(self.image_family, Unset):
            image_family = self.image_family

        load_balancers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.load_balancers, Unset):
            load_balancers = []
            for load_balancers_item_data in self.load_balancers:
                load_balancers_item = load_balancers_item_data.to_dict()
                load_balancers.append(load_balancers_item)

        max_pods_per_node = self.max_pods_per_node

        network_security_group_id: None | str | Unset
        if isinstance(self.network_security_group_id, Unset):
            network_security_group_id = UNSET
        else:
            network_security_group_id = self.network_security_group_id

        os_disk_ephemeral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os_disk_ephemeral, Unset):
            os_disk_ephemeral = self.os_disk_ephemeral.to_dict()

        os_disk_type: str | Unset = UNSET
        if not isinstance(self.os_disk_type, Unset):
            os_disk_type = self.os_disk_type

        pod_subnet_id: None | str | Unset
        if isinstance(self.pod_subnet_id, Unset):
            pod_subnet_id = UNSET
        else:
            pod_subnet_id = self.pod_subnet_id

        public_ip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_ip, Unset):
            public_ip = self.public_ip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accelerated_networking is not UNSET:
            field_dict["acceleratedNetworking"] = accelerated_networking
        if application_security_group_ids is not UNSET:
            field_dict["applicationSecurityGroupIds"] = application_security_group_ids
        if enable_encryption_at_host is not UNSET:
            field_dict["enableEncryptionAtHost"] = enable_encryption_at_host
        if image_family is not UNSET:
            field_dict["imageFamily"] = image_family
        if load_balancers is not UNSET:
            field_dict["loadBalancers"] = load_balancers
        if max_pods_per_node is not UNSET:
            field_dict["maxPodsPerNode"] = max_pods_per_node
        if network_security_group_id is not UNSET:
            field_dict["networkSecurityGroupId"] = network_security_group_id
        if os_disk_ephemeral is not UNSET:
            field_dict["osDiskEphemeral"] = os_disk_ephemeral
        if os_disk_type is not UNSET:
            field_dict["osDiskType"] = os_disk_type
        if pod_subnet_id is not UNSET:
            field_dict["podSubnetId"] = pod_subnet_id
        if public_ip is not UNSET:
            field_dict["publicIp"] = public_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1aks_config_load_balancers import (
            NodeconfigV1AKSConfigLoadBalancers,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1aks_config_os_disk_ephemeral import (
            NodeconfigV1AKSConfigOsDiskEphemeral,  # noqa: PLC0415
        )
        from ..models.nodeconfig_v1aks_config_public_ip import (
            NodeconfigV1AKSConfigPublicIP,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _accelerated_networking = d.pop("acceleratedNetworking", UNSET)
        accelerated_networking: NodeconfigV1AKSConfigAcceleratedNetworkingMode | Unset
        if isinstance(_accelerated_networking, Unset):
            accelerated_networking = UNSET
        else:
            accelerated_networking = (
                check_nodeconfig_v1aks_config_accelerated_networking_mode(
                    _accelerated_networking
                )
            )

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

        _image_family = d.pop("imageFamily", UNSET)
        image_family: NodeconfigV1AKSConfigImageFamily | Unset
        if isinstance(_image_family, Unset):
            image_family = UNSET
        else:
            image_family = check_nodeconfig_v1aks_config_image_family(_image_family)

        _load_balancers = d.pop("loadBalancers", UNSET)
        load_balancers: list[NodeconfigV1AKSConfigLoadBalancers] | Unset = UNSET
        if _load_balancers is not UNSET:
            load_balancers = []
            for load_balancers_item_data in _load_balancers:
                load_balancers_item = NodeconfigV1AKSConfigLoadBalancers.from_dict(
                    load_balancers_item_data
                )

                load_balancers.append(load_balancers_item)

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

        _os_disk_ephemeral = d.pop("osDiskEphemeral", UNSET)
        os_disk_ephemeral: NodeconfigV1AKSConfigOsDiskEphemeral | Unset
        if isinstance(_os_disk_ephemeral, Unset):
            os_disk_ephemeral = UNSET
        else:
            os_disk_ephemeral = NodeconfigV1AKSConfigOsDiskEphemeral.from_dict(
                _os_disk_ephemeral
            )

        _os_disk_type = d.pop("osDiskType", UNSET)
        os_disk_type: NodeconfigV1AKSConfigOsDiskType | Unset
        if isinstance(_os_disk_type, Unset):
            os_disk_type = UNSET
        else:
            os_disk_type = check_nodeconfig_v1aks_config_os_disk_type(_os_disk_type)

        def _parse_pod_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pod_subnet_id = _parse_pod_subnet_id(d.pop("podSubnetId", UNSET))

        _public_ip = d.pop("publicIp", UNSET)
        public_ip: NodeconfigV1AKSConfigPublicIP | Unset
        if isinstance(_public_ip, Unset):
            public_ip = UNSET
        else:
            public_ip = NodeconfigV1AKSConfigPublicIP.from_dict(_public_ip)

        nodeconfig_v1aks_config = cls(
            accelerated_networking=accelerated_networking,
            application_security_group_ids=application_security_group_ids,
            enable_encryption_at_host=enable_encryption_at_host,
            image_family=image_family,
            load_balancers=load_balancers,
            max_pods_per_node=max_pods_per_node,
            network_security_group_id=network_security_group_id,
            os_disk_ephemeral=os_disk_ephemeral,
            os_disk_type=os_disk_type,
            pod_subnet_id=pod_subnet_id,
            public_ip=public_ip,
        )

        nodeconfig_v1aks_config.additional_properties = d
        return nodeconfig_v1aks_config

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
