from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelfHostedWithEC2NodesParams")


@_attrs_define
class SelfHostedWithEC2NodesParams:
    """A self-managed cluster whose nodes run on EC2.

    Attributes:
        account_id (str | Unset):  Example: 123456789012.
        cluster_name (str | Unset):  Example: self-hosted.
        region (str | Unset):  Example: us-east-1.
    """

    account_id: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        cluster_name = self.cluster_name

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        cluster_name = d.pop("clusterName", UNSET)

        region = d.pop("region", UNSET)

        self_hosted_with_ec2_nodes_params = cls(
            account_id=account_id,
            cluster_name=cluster_name,
            region=region,
        )

        self_hosted_with_ec2_nodes_params.additional_properties = d
        return self_hosted_with_ec2_nodes_params

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
