from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenshiftClusterParams")


@_attrs_define
class OpenshiftClusterParams:
    """Where an OpenShift cluster runs.

    Attributes:
        cloud (str | Unset):  Example: aws.
        cluster_name (str | Unset):  Example: prod-ocp.
        fs_group_id (str | Unset):
        internal_id (str | Unset):
        region (str | Unset):  Example: us-east-1.
        run_as_group_id (str | Unset):
        run_as_user_id (str | Unset):
    """

    cloud: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    fs_group_id: str | Unset = UNSET
    internal_id: str | Unset = UNSET
    region: str | Unset = UNSET
    run_as_group_id: str | Unset = UNSET
    run_as_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud = self.cloud

        cluster_name = self.cluster_name

        fs_group_id = self.fs_group_id

        internal_id = self.internal_id

        region = self.region

        run_as_group_id = self.run_as_group_id

        run_as_user_id = self.run_as_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if fs_group_id is not UNSET:
            field_dict["fsGroupId"] = fs_group_id
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if region is not UNSET:
            field_dict["region"] = region
        if run_as_group_id is not UNSET:
            field_dict["runAsGroupId"] = run_as_group_id
        if run_as_user_id is not UNSET:
            field_dict["runAsUserId"] = run_as_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud = d.pop("cloud", UNSET)

        cluster_name = d.pop("clusterName", UNSET)

        fs_group_id = d.pop("fsGroupId", UNSET)

        internal_id = d.pop("internalId", UNSET)

        region = d.pop("region", UNSET)

        run_as_group_id = d.pop("runAsGroupId", UNSET)

        run_as_user_id = d.pop("runAsUserId", UNSET)

        openshift_cluster_params = cls(
            cloud=cloud,
            cluster_name=cluster_name,
            fs_group_id=fs_group_id,
            internal_id=internal_id,
            region=region,
            run_as_group_id=run_as_group_id,
            run_as_user_id=run_as_user_id,
        )

        openshift_cluster_params.additional_properties = d
        return openshift_cluster_params

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
