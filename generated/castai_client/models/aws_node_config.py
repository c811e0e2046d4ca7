from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AWSNodeConfig")


@_attrs_define
class AWSNodeConfig:
    """AWS-specific settings for a new node.

    Attributes:
        dns_cluster_ip (str | Unset):
        instance_profile_arn (str | Unset):
        security_groups (list[str] | Unset):
    """

    dns_cluster_ip: str | Unset = UNSET
    instance_profile_arn: str | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns_cluster_ip = self.dns_cluster_ip

        instance_profile_arn = self.instance_profile_arn

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns_cluster_ip is not UNSET:
            field_dict["dnsClusterIp"] = dns_cluster_ip
        if instance_profile_arn is not UNSET:
            field_dict["instanceProfileArn"] = instance_profile_arn
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dns_cluster_ip = d.pop("dnsClusterIp", UNSET)

        instance_profile_arn = d.pop("instanceProfileArn", UNSET)

        security_groups = cast(list[str], d.pop("securityGroups", UNSET))

        aws_node_config = cls(
            dns_cluster_ip=dns_cluster_ip,
            instance_profile_arn=instance_profile_arn,
            security_groups=security_groups,
        )

        aws_node_config.additional_properties = d
        return aws_node_config

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
