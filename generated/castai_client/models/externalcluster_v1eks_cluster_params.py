from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1eks_cluster_params_tags import (
        ExternalclusterV1EKSClusterParamsTags,
    )


T = TypeVar("T", bound="ExternalclusterV1EKSClusterParams")


@_attrs_define
class ExternalclusterV1EKSClusterParams:
    """
    Attributes:
        account_id (str | Unset):
        assume_role_arn (str | Unset):
        cluster_name (str | Unset):
        dns_cluster_ip (str | Unset):
        instance_profile_arn (str | Unset):
        region (str | Unset):
        security_groups (list[str] | Unset):
        subnets (list[str] | Unset):
        tags (ExternalclusterV1EKSClusterParamsTags | Unset):
    """

    account_id: str | Unset = UNSET
    assume_role_arn: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    dns_cluster_ip: str | Unset = UNSET
    instance_profile_arn: str | Unset = UNSET
    region: str | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    subnets: list[str] | Unset = UNSET
    tags: ExternalclusterV1EKSClusterParamsTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        assume_role_arn = self.assume_role_arn

        cluster_name = self.cluster_name

        dns_cluster_ip = self.dns_cluster_ip

        instance_profile_arn = self.instance_profile_arn

        region = self.region

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        subnets: list[str] | Unset = UNSET
        if not isinstance(self.subnets, Unset):
            subnets = self.subnets

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if assume_role_arn is not UNSET:
            field_dict["assumeRoleArn"] = assume_role_arn
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if dns_cluster_ip is not UNSET:
            field_dict["dnsClusterIp"] = dns_cluster_ip
        if instance_profile_arn is not UNSET:
            field_dict["instanceProfileArn"] = instance_profile_arn
        if region is not UNSET:
            field_dict["region"] = region
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups
        if subnets is not UNSET:
            field_dict["subnets"] = subnets
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1eks_cluster_params_tags import (
            ExternalclusterV1EKSClusterParamsTags,  # noqa: PLC0415
        )

        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        assume_role_arn = d.pop("assumeRoleArn", UNSET)

        cluster_name = d.pop("clusterName", UNSET)

        dns_cluster_ip = d.pop("dnsClusterIp", UNSET)

        instance_profile_arn = d.pop("instanceProfileArn", UNSET)

        region = d.pop("region", UNSET)

        security_groups = cast(list[str], d.pop("securityGroups", UNSET))

        subnets = cast(list[str], d.pop("subnets", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: ExternalclusterV1EKSClusterParamsTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ExternalclusterV1EKSClusterParamsTags.from_dict(_tags)

        externalcluster_v1eks_cluster_params = cls(
            account_id=account_id,
            assume_role_arn=assume_role_arn,
            cluster_name=cluster_name,
            dns_cluster_ip=dns_cluster_ip,
            instance_profile_arn=instance_profile_arn,
            region=region,
            security_groups=security_groups,
            subnets=subnets,
            tags=tags,
        )

        externalcluster_v1eks_cluster_params.additional_properties = d
        return externalcluster_v1eks_cluster_params

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
