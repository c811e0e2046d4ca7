from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_protocol import NetworkProtocol

T = TypeVar("T", bound="NetworkServiceResponse")


@_attrs_define
class NetworkServiceResponse:
    """
    Attributes:
        port (int):  Example: 22.
        protocol (NetworkProtocol):  Example: tcp.
        public_ip (str):  Example: 203.0.113.24.
        public_port (int):  Example: 30122.
        srv_record (str):  Example: _ssh._tcp.vm-7f3a9c21.io.systems.
        whitelist (list[str]):  Example: ['0.0.0.0/0'].
    """

    port: int
    protocol: NetworkProtocol
    public_ip: str
    public_port: int
    srv_record: str
    whitelist: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        protocol = self.protocol.value

        public_ip = self.public_ip

        public_port = self.public_port

        srv_record = self.srv_record

        whitelist = self.whitelist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "port": port,
                "protocol": protocol,
                "public_ip": public_ip,
                "public_port": public_port,
                "srv_record": srv_record,
                "whitelist": whitelist,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port")

        protocol = NetworkProtocol(d.pop("protocol"))

        public_ip = d.pop("public_ip")

        public_port = d.pop("public_port")

        srv_record = d.pop("srv_record")

        whitelist = cast(list[str], d.pop("whitelist"))

        network_service_response = cls(
            port=port,
            protocol=protocol,
            public_ip=public_ip,
            public_port=public_port,
            srv_record=srv_record,
            whitelist=whitelist,
        )

        network_service_response.additional_properties = d
        return network_service_response

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
