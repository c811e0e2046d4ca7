from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eks_image_family import EKSImageFamily
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeConfigurationEKS")


@_attrs_define
class NodeConfigurationEKS:
    """EKS-specific node settings.

    Attributes:
        instance_profile_arn (str):  Example: arn:aws:iam::123456789012:instance-profile/castai-eks-prod.
        dns_cluster_ip (None | str | Unset):
        image_family (EKSImageFamily | Unset): Image family of EKS nodes. Example: FAMILY_AL2023.
        imds_hop_limit (int | None | Unset):  Example: 2.
        imds_v1 (bool | None | Unset):
        key_pair_id (None | str | Unset):
        max_pods_per_node_formula (None | str | Unset):
        security_groups (list[str] | Unset):  Example: ['sg-0a1b2c3d4e5f67890'].
        volume_iops (int | None | Unset):  Example: 3000.
        volume_kms_key_arn (None | str | Unset):
        volume_throughput (int | None | Unset):  Example: 125.
        volume_type (None | str | Unset):  Example: gp3.
    """

    instance_profile_arn: str
    dns_cluster_ip: None | str | Unset = UNSET
    image_family: EKSImageFamily | Unset = UNSET
    imds_hop_limit: int | None | Unset = UNSET
    imds_v1: bool | None | Unset = UNSET
    key_pair_id: None | str | Unset = UNSET
    max_pods_per_node_formula: None | str | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    volume_iops: int | None | Unset = UNSET
    volume_kms_key_arn: None | str | Unset = UNSET
    volume_throughput: int | None | Unset = UNSET
    volume_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_profile_arn = self.instance_profile_arn

        dns_cluster_ip: None | str | Unset
        if isinstance(self.dns_cluster_ip, Unset):
            dns_cluster_ip = UNSET
        else:
            dns_cluster_ip = self.dns_cluster_ip

        image_family: str | Unset = UNSET
        if not isinstance(self.image_family, Unset):
            image_family = self.image_family.value

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

        max_pods_per_node_formula: None | str | Unset
        if isinstance(self.max_pods_per_node_formula, Unset):
            max_pods_per_node_formula = UNSET
        else:
            max_pods_per_node_formula = self.max_pods_per_node_formula

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        volume_iops: int | None | Unset
        if isinstance(self.volume_iops, Unset):
            volume_iops = UNSET
        else:
            volume_iops = self.volume_iops

        volume_kms_key_arn: None | str | Unset
        if isinstance(self.volume_kms_key_arn, Unset):
            volume_kms_key_arn = UNSET
        else:
            volume_kms_key_arn = self.volume_kms_key_arn

        volume_throughput: int | None | Unset
        if isinstance(self.volume_throughput, Unset):
            volume_throughput = UNSET
        else:
            volume_throughput = self.volume_throughput

        volume_type: None | str | Unset
        if isinstance(self.volume_type, Unset):
            volume_type = UNSET
        else:
            volume_type = self.volume_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceProfileArn": instance_profile_arn,
            }
        )
        if dns_cluster_ip is not UNSET:
            field_dict["dnsClusterIp"] = dns_cluster_ip
        if image_family is not UNSET:
            field_dict["imageFamily"] = image_family
        if imds_hop_limit is not UNSET:
            field_dict["imdsHopLimit"] = imds_hop_limit
        if imds_v1 is not UNSET:
            field_dict["imdsV1"] = imds_v1
        if key_pair_id is not UNSET:
            field_dict["keyPairId"] = key_pair_id
        if max_pods_per_node_formula is not UNSET:
            field_dict["maxPodsPerNodeFormula"] = max_pods_per_node_formula
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups
        if volume_iops is not UNSET:
            field_dict["volumeIops"] = volume_iops
        if volume_kms_key_arn is not UNSET:
            field_dict["volumeKmsKeyArn"] = volume_kms_key_arn
        if volume_throughput is not UNSET:
            field_dict["volumeThroughput"] = volume_throughput
        if volume_type is not UNSET:
            field_dict["volumeType"] = volume_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_profile_arn = d.pop("instanceProfileArn")

        def _parse_dns_cluster_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dns_cluster_ip = _parse_dns_cluster_ip(d.pop("dnsClusterIp", UNSET))

        _image_family = d.pop("imageFamily", UNSET)
        image_family: EKSImageFamily | Unset
        if isinstance(_image_family, Unset):
            image_family = UNSET
        else:
            image_family = EKSImageFamily(_image_family)

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

        def _parse_max_pods_per_node_formula(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_pods_per_node_formula = _parse_max_pods_per_node_formula(
            d.pop("maxPodsPerNodeFormula", UNSET)
        )

        security_groups = cast(list[str], d.pop("securityGroups", UNSET))

        def _parse_volume_iops(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_iops = _parse_volume_iops(d.pop("volumeIops", UNSET))

        def _parse_volume_kms_key_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_kms_key_arn = _parse_volume_kms_key_arn(d.pop("volumeKmsKeyArn", UNSET))

        def _parse_volume_throughput(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_throughput = _parse_volume_throughput(d.pop("volumeThroughput", UNSET))

        def _parse_volume_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_type = _parse_volume_type(d.pop("volumeType", UNSET))

        node_configuration_eks = cls(
            instance_profile_arn=instance_profile_arn,
            dns_cluster_ip=dns_cluster_ip,
            image_family=image_family,
            imds_hop_limit=imds_hop_limit,
            imds_v1=imds_v1,
            key_pair_id=key_pair_id,
            max_pods_per_node_formula=max_pods_per_node_formula,
            security_groups=security_groups,
            volume_iops=volume_iops,
            volume_kms_key_arn=volume_kms_key_arn,
            volume_throughput=volume_throughput,
            volume_type=volume_type,
        )

        node_configuration_eks.additional_properties = d
        return node_configuration_eks

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
