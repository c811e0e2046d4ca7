from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_protocol import NetworkProtocol

T = TypeVar("T", bound="NetworkService")


@_attrs_define
class NetworkService:
    """A port to expose on each virtual machine.

    Attributes:
        port (int):  Example: 22.
        protocol (NetworkProtocol):  Example: tcp.
        whitelist (list[str]): Source networks allowed to connect, in CIDR form. `0.0.0.0/0` allows everyone. Example:
            ['0.0.0.0/0'].
    """

    port: int
    protocol: NetworkProtocol
    whitelist: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        protocol = self.protocol.value

        whitelist = self.whitelist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "port": port,
                "protocol": protocol,
                "whitelist": whitelist,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port")

        protocol = NetworkProtocol(d.pop("protocol"))

        whitelist = cast(list[str], d.pop("whitelist"))

        network_service = cls(
            port=port,
            protocol=protocol,
            whitelist=whitelist,
        )

        network_service.additional_properties = d
        return network_service

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
