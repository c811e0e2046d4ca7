from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1UpdateEKSClusterParams")


@_attrs_define
class ExternalclusterV1UpdateEKSClusterParams:
    """
    Attributes:
        assume_role_arn (str | Unset):
    """

    assume_role_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assume_role_arn = self.assume_role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assume_role_arn is not UNSET:
            field_dict["assumeRoleArn"] = assume_role_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assume_role_arn = d.pop("assumeRoleArn", UNSET)

        externalcluster_v1_update_eks_cluster_params = cls(
            assume_role_arn=assume_role_arn,
        )

        externalcluster_v1_update_eks_cluster_params.additional_properties = d
        return externalcluster_v1_update_eks_cluster_params

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
