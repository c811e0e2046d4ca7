from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.federation_role_name import FederationRoleName

T = TypeVar("T", bound="FederationRoleRequest")


@_attrs_define
class FederationRoleRequest:
    """A cluster to place in a federation.

    Attributes:
        cluster (int): ID of a cluster in the same organization. Example: 12.
        role (FederationRoleName): Role of a cluster in a federation. Exactly one cluster is the `host`. Example: guest.
    """

    cluster: int
    role: FederationRoleName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster": cluster,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster = d.pop("cluster")

        role = FederationRoleName(d.pop("role"))

        federation_role_request = cls(
            cluster=cluster,
            role=role,
        )

        federation_role_request.additional_properties = d
        return federation_role_request

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
