from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_vm import UpdateVm


T = TypeVar("T", bound="UpdateVms")


@_attrs_define
class UpdateVms:
    """
    Example:
        {'updates': [{'id': '0x730eB2c518c881AEB05299DDf38ca546F3513a93', 'openPorts': [{'port': 22, 'protocol': 'tcp'},
            {'port': 9000, 'protocol': 'tcp'}], 'vmName': 'new-vm-name'}]}

    Attributes:
        updates (list[UpdateVm]):
    """

    updates: list[UpdateVm]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_vm import UpdateVm  # noqa: PLC0415

        d = dict(src_dict)
        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = UpdateVm.from_dict(updates_item_data)

            updates.append(updates_item)

        update_vms = cls(
            updates=updates,
        )

        update_vms.additional_properties = d
        return update_vms

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
