from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1NodeNetwork")


@_attrs_define
class ExternalclusterV1NodeNetwork:
    """
    Attributes:
        private_ip (str | Unset):
        public_ip (str | Unset):
    """

    private_ip: str | Unset = UNSET
    public_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private_ip = self.private_ip

        public_ip = self.public_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if private_ip is not UNSET:
            field_dict["privateIp"] = private_ip
        if public_ip is not UNSET:
            field_dict["publicIp"] = public_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        private_ip = d.pop("privateIp", UNSET)

        public_ip = d.pop("publicIp", UNSET)

        externalcluster_v1_node_network = cls(
            private_ip=private_ip,
            public_ip=public_ip,
        )

        externalcluster_v1_node_network.additional_properties = d
        return externalcluster_v1_node_network

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
