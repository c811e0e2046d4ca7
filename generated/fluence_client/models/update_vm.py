from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_port import OpenPort


T = TypeVar("T", bound="UpdateVm")


@_attrs_define
class UpdateVm:
    """
    Attributes:
        id (str): VM identifier, a 20-byte hex address with 0x prefix (mixed-case checksum). Example:
            0x311edB209b61EaA8c3e67c6B96D03288DB5Bc020.
        open_ports (list[OpenPort] | Unset): The complete new set of open ports (replaces the current set).
        vm_name (str | Unset):  Example: new-vm-name.
    """

    id: str
    open_ports: list[OpenPort] | Unset = UNSET
    vm_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        open_ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_ports, Unset):
            open_ports = []
            for open_ports_item_data in self.open_ports:
                open_ports_item = open_ports_item_data.to_dict()
                open_ports.append(open_ports_item)

        vm_name = self.vm_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if open_ports is not UNSET:
            field_dict["openPorts"] = open_ports
        if vm_name is not UNSET:
            field_dict["vmName"] = vm_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_port import OpenPort  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _open_ports = d.pop("openPorts", UNSET)
        open_ports: list[OpenPort] | Unset = UNSET
        if _open_ports is not UNSET:
            open_ports = []
            for open_ports_item_data in _open_ports:
                open_ports_item = OpenPort.from_dict(open_ports_item_data)

                open_ports.append(open_ports_item)

        vm_name = d.pop("vmName", UNSET)

        update_vm = cls(
            id=id,
            open_ports=open_ports,
            vm_name=vm_name,
        )

        update_vm.additional_properties = d
        return update_vm

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
