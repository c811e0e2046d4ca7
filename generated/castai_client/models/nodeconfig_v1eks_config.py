from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodeconfig_v1eks_config_image_family import (
    NodeconfigV1EKSConfigImageFamily,
    check_nodeconfig_v1eks_config_image_family,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1_target_group import NodeconfigV1TargetGroup


T = TypeVar("T", bound="NodeconfigV1EKSConfig")


@_attrs_define
class NodeconfigV1EKSConfig:
    """
    Attributes:
        instance_profile_arn (str):
        dns_cluster_ip (None | str | Unset):
        ena_queue_count_per_interface (int | None | Unset):
        image_family (NodeconfigV1EKSConfigImageFamily | Unset):
        imds_hop_limit (int | None | Unset):
        imds_v1 (bool | None | Unset):
        ips_per_prefix (int | None | Unset):
        key_pair_id (None | str | Unset):
        max_pods_per_node_formula (None | str | Unset):
        node_group_arn (None | str | Unset):
        security_groups (list[str] | Unset):
        target_group (NodeconfigV1TargetGroup | Unset):
        target_groups (list[NodeconfigV1TargetGroup] | Unset):
        threads_per_cpu (int | None | Unset):
        volume_iops (int | None | Unset):
        volume_kms_key_arn (None | str | Unset):
        volume_throughput (int | None | Unset):
        volume_type (None | str | Unset):
    """

    instance_profile_arn: str
    dns_cluster_ip: None | str | Unset = UNSET
    ena_queue_count_per_interface: int | None | Unset = UNSET
    image_family: NodeconfigV1EKSConfigImageFamily | Unset = UNSET
    imds_hop_limit: int | None | Unset = UNSET
    imds_v1: bool | None | Unset = UNSET
    ips_per_prefix: int | None | Unset = UNSET
    key_pair_id: None | str | Unset = UNSET
    max_pods_per_node_formula: None | str | Unset = UNSET
    node_group_arn: None | str | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    target_group: NodeconfigV1TargetGroup | Unset = UNSET
    target_groups: list[NodeconfigV1TargetGroup] | Unset = UNSET
    threads_per_cpu: int | None | Unset = UNSET
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

        ena_queue_count_per_interface: int | None | Unset
        if isinstance(self.ena_queue_count_per_interface, Unset):
            ena_queue_count_per_interface = UNSET
        else:
            ena_queue_count_per_interface = self.ena_queue_count_per_interface

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

        ips_per_prefix: int | None | Unset
        if isinstance(self.ips_per_prefix, Unset):
            ips_per_prefix = UNSET
        else:
            ips_per_prefix = self.ips_per_prefix

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

        node_group_arn: None | str | Unset
        if isinstance(self.node_group_arn, Unset):
            node_group_arn = UNSET
        else:
            node_group_arn = self.node_group_arn

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        target_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_group, Unset):
            target_group = self.target_group.to_dict()

        target_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_groups, Unset):
            target_groups = []
            for target_groups_item_data in self.target_groups:
                target_groups_item = target_groups_item_data.to_dict()
                target_groups.append(target_groups_item)

        threads_per_cpu: int | None | Unset
        if isinstance(self.threads_per_cpu, Unset):
            threads_per_cpu = UNSET
        else:
            threads_per_cpu = self.threads_per_cpu

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
        if ena_queue_count_per_interface is not UNSET:
            field_dict["enaQueueCountPerInterface"] = ena_queue_count_per_interface
        if image_family is not UNSET:
            field_dict["imageFamily"] = image_family
        if imds_hop_limit is not UNSET:
            field_dict["imdsHopLimit"] = imds_hop_limit
        if imds_v1 is not UNSET:
            field_dict["imdsV1"] = imds_v1
        if ips_per_prefix is not UNSET:
            field_dict["ipsPerPrefix"] = ips_per_prefix
        if key_pair_id is not UNSET:
            field_dict["keyPairId"] = key_pair_id
        if max_pods_per_node_formula is not UNSET:
            field_dict["maxPodsPerNodeFormula"] = max_pods_per_node_formula
        if node_group_arn is not UNSET:
            field_dict["nodeGroupArn"] = node_group_arn
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups
        if target_group is not UNSET:
            field_dict["targetGroup"] = target_group
        if target_groups is not UNSET:
            field_dict["targetGroups"] = target_groups
        if threads_per_cpu is not UNSET:
            field_dict["threadsPerCpu"] = threads_per_cpu
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
        from ..models.nodeconfig_v1_target_group import NodeconfigV1TargetGroup  # noqa: PLC0415

        d = dict(src_dict)
        instance_profile_arn = d.pop("instanceProfileArn")

        def _parse_dns_cluster_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dns_cluster_ip = _parse_dns_cluster_ip(d.pop("dnsClusterIp", UNSET))

        def _parse_ena_queue_count_per_interface(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ena_queue_count_per_interface = _parse_ena_queue_count_per_interface(
            d.pop("enaQueueCountPerInterface", UNSET)
        )

        _image_family = d.pop("imageFamily", UNSET)
        image_family: NodeconfigV1EKSConfigImageFamily | Unset
        if isinstance(_image_family, Unset):
            image_family = UNSET
        else:
            image_family = check_nodeconfig_v1eks_config_image_family(_image_family)

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

        def _parse_ips_per_prefix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ips_per_prefix = _parse_ips_per_prefix(d.pop("ipsPerPrefix", UNSET))

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

        def _parse_node_group_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_group_arn = _parse_node_group_arn(d.pop("nodeGroupArn", UNSET))

        security_groups = cast(list[str], d.pop("securityGroups", UNSET))

        _target_group = d.pop("targetGroup", UNSET)
        target_group: NodeconfigV1TargetGroup | Unset
        if isinstance(_target_group, Unset):
            target_group = UNSET
        else:
            target_group = NodeconfigV1TargetGroup.from_dict(_target_group)

        _target_groups = d.pop("targetGroups", UNSET)
        target_groups: list[NodeconfigV1TargetGroup] | Unset = UNSET
        if _target_groups is not UNSET:
            target_groups = []
            for target_groups_item_data in _target_groups:
                target_groups_item = NodeconfigV1TargetGroup.from_dict(
                    target_groups_item_data
                )

                target_groups.append(target_groups_item)

        def _parse_threads_per_cpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threads_per_cpu = _parse_threads_per_cpu(d.pop("threadsPerCpu", UNSET))

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

        nodeconfig_v1eks_config = cls(
            instance_profile_arn=instance_profile_arn,
            dns_cluster_ip=dns_cluster_ip,
            ena_queue_count_per_interface=ena_queue_count_per_interface,
            image_family=image_family,
            imds_hop_limit=imds_hop_limit,
            imds_v1=imds_v1,
            ips_per_prefix=ips_per_prefix,
            key_pair_id=key_pair_id,
            max_pods_per_node_formula=max_pods_per_node_formula,
            node_group_arn=node_group_arn,
            security_groups=security_groups,
            target_group=target_group,
            target_groups=target_groups,
            threads_per_cpu=threads_per_cpu,
            volume_iops=volume_iops,
            volume_kms_key_arn=volume_kms_key_arn,
            volume_throughput=volume_throughput,
            volume_type=volume_type,
        )

        nodeconfig_v1eks_config.additional_properties = d
        return nodeconfig_v1eks_config

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
