from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_port import OpenPort


T = TypeVar("T", bound="VmConfiguration")


@_attrs_define
class VmConfiguration:
    """
    Attributes:
        name (str): VM name; letters, digits and hyphens. Example: web-server.
        os_image (str): Public download URL of the OS image (.qcow2, .img, .raw, .raw.xz, .raw.gz, .img.xz or .img.gz).
            Example: https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-cloudimg-amd64.img.
        ssh_keys (list[str]): Public keys to authorize, as full key strings or names of registered keys. Example: ['ssh-
            ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx user@example.com'].
        hostname (str | Unset): Hostname inside the VM; defaults to `name`. Example: web-server.
        open_ports (list[OpenPort] | Unset): Ports to open besides 22/tcp, which is always open at creation. Port 10250
            is reserved.
    """

    name: str
    os_image: str
    ssh_keys: list[str]
    hostname: str | Unset = UNSET
    open_ports: list[OpenPort] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        os_image = self.os_image

        ssh_keys = self.ssh_keys

        hostname = self.hostname

        open_ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_ports, Unset):
            open_ports = []
            for open_ports_item_data in self.open_ports:
                open_ports_item = open_ports_item_data.to_dict()
                open_ports.append(open_ports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "osImage": os_image,
                "sshKeys": ssh_keys,
            }
        )
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if open_ports is not UNSET:
            field_dict["openPorts"] = open_ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_port import OpenPort  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        os_image = d.pop("osImage")

        ssh_keys = cast(list[str], d.pop("sshKeys"))

        hostname = d.pop("hostname", UNSET)

        _open_ports = d.pop("openPorts", UNSET)
        open_ports: list[OpenPort] | Unset = UNSET
        if _open_ports is not UNSET:
            open_ports = []
            for open_ports_item_data in _open_ports:
                open_ports_item = OpenPort.from_dict(open_ports_item_data)

                open_ports.append(open_ports_item)

        vm_configuration = cls(
            name=name,
            os_image=os_image,
            ssh_keys=ssh_keys,
            hostname=hostname,
            open_ports=open_ports,
        )

        vm_configuration.additional_properties = d
        return vm_configuration

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
