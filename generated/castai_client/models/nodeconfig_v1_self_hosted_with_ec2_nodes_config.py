from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodeconfig_v1_self_hosted_with_ec2_nodes_config_image_family import (
    NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily,
    check_nodeconfig_v1_self_hosted_with_ec2_nodes_config_image_family,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1_ami_selector import NodeconfigV1AmiSelector
    from ..models.nodeconfig_v1ec2_volumes_config import NodeconfigV1EC2VolumesConfig


T = TypeVar("T", bound="NodeconfigV1SelfHostedWithEC2NodesConfig")


@_attrs_define
class NodeconfigV1SelfHostedWithEC2NodesConfig:
    """
    Attributes:
        instance_profile_arn (str):
        ami_selector (list[NodeconfigV1AmiSelector] | Unset):
        image_family (NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily | Unset):
        imds_hop_limit (int | None | Unset):
        imds_v1 (bool | None | Unset):
        key_pair_id (None | str | Unset):
        security_groups (list[str] | Unset):
        volumes (list[NodeconfigV1EC2VolumesConfig] | Unset):
    """

    instance_profile_arn: str
    ami_selector: list[NodeconfigV1AmiSelector] | Unset = UNSET
    image_family: NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily | Unset = UNSET
    imds_hop_limit: int | None | Unset = UNSET
    imds_v1: bool | None | Unset = UNSET
    key_pair_id: None | str | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    volumes: list[NodeconfigV1EC2VolumesConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_profile_arn = self.instance_profile_arn

        ami_selector: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ami_selector, Unset):
            ami_selector = []
            for ami_selector_item_data in self.ami_selector:
                ami_selector_item = ami_selector_item_data.to_dict()
                ami_selector.append(ami_selector_item)

        image_family: str | Unset = UNSET
        if not isinstance(self.image_family, Unset):
            image_family = self.image_family

        imds_hop_limit: int | None | Unset
        if isinstance(self.imds_hop_limit, Unset):
            imds_hop_limit = UNSET
        else:
            imds_hop_limit = self.imds_hop_limit

        imds_v1: bool | None | Unset
        if isinstance(self.imds_v1, Unset):
            imds_v1 = UNSET
        else:
            imds_v1 = self.imds_v1

        key_pair_id: None | str | Unset
        if isinstance(self.key_pair_id, Unset):
            key_pair_id = UNSET
        else:
            key_pair_id = self.key_pair_id

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceProfileArn": instance_profile_arn,
            }
        )
        if ami_selector is not UNSET:
            field_dict["amiSelector"] = ami_selector
        if image_family is not UNSET:
            field_dict["imageFamily"] = image_family
        if imds_hop_limit is not UNSET:
            field_dict["imdsHopLimit"] = imds_hop_limit
        if imds_v1 is not UNSET:
            field_dict["imdsV1"] = imds_v1
        if key_pair_id is not UNSET:
            field_dict["keyPairId"] = key_pair_id
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1_ami_selector import NodeconfigV1AmiSelector  # noqa: PLC0415
        from ..models.nodeconfig_v1ec2_volumes_config import (
            NodeconfigV1EC2VolumesConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        instance_profile_arn = d.pop("instanceProfileArn")

        _ami_selector = d.pop("amiSelector", UNSET)
        ami_selector: list[NodeconfigV1AmiSelector] | Unset = UNSET
        if _ami_selector is not UNSET:
            ami_selector = []
            for ami_selector_item_data in _ami_selector:
                ami_selector_item = NodeconfigV1AmiSelector.from_dict(
                    ami_selector_item_data
                )

                ami_selector.append(ami_selector_item)

        _image_family = d.pop("imageFamily", UNSET)
        image_family: NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily | Unset
        if isinstance(_image_family, Unset):
            image_family = UNSET
        else:
            image_family = (
                check_nodeconfig_v1_self_hosted_with_ec2_nodes_config_image_family(
                    _image_family
                )
            )

        def _parse_imds_hop_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        imds_hop_limit = _parse_imds_hop_limit(d.pop("imdsHopLimit", UNSET))

        def _parse_imds_v1(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        imds_v1 = _parse_imds_v1(d.pop("imdsV1", UNSET))

        def _parse_key_pair_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_pair_id = _parse_key_pair_id(d.pop("keyPairId", UNSET))

        security_groups = cast(list[str], d.pop("securityGroups", UNSET))

        _volumes = d.pop("volumes", UNSET)
        volumes: list[NodeconfigV1EC2VolumesConfig] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = NodeconfigV1EC2VolumesConfig.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        nodeconfig_v1_self_hosted_with_ec2_nodes_config = cls(
            instance_profile_arn=instance_profile_arn,
            ami_selector=ami_selector,
            image_family=image_family,
            imds_hop_limit=imds_hop_limit,
            imds_v1=imds_v1,
            key_pair_id=key_pair_id,
            security_groups=security_groups,
            volumes=volumes,
        )

        nodeconfig_v1_self_hosted_with_ec2_nodes_config.additional_properties = d
        return nodeconfig_v1_self_hosted_with_ec2_nodes_config

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
