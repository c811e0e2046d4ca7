from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1SelfHostedWithEC2NodesParams")


@_attrs_define
class ExternalclusterV1SelfHostedWithEC2NodesParams:
    """
    Attributes:
        account_id (str | Unset):
        assume_role_arn (str | Unset):
        cluster_name (str | Unset):
        region (str | Unset):
    """

    account_id: str | Unset = UNSET
    assume_role_arn: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        assume_role_arn = self.assume_role_arn

        cluster_name = self.cluster_name

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if assume_role_arn is not UNSET:
            field_dict["assumeRoleArn"] = assume_role_arn
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        assume_role_arn = d.pop("assumeRoleArn", UNSET)

        cluster_name = d.pop("clusterName", UNSET)

        region = d.pop("region", UNSET)

        externalcluster_v1_self_hosted_with_ec2_nodes_params = cls(
            account_id=account_id,
            assume_role_arn=assume_role_arn,
            cluster_name=cluster_name,
            region=region,
        )

        externalcluster_v1_self_hosted_with_ec2_nodes_params.additional_properties = d
        return externalcluster_v1_self_hosted_with_ec2_nodes_params

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
