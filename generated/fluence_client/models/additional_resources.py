from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_storage import AdditionalStorage


T = TypeVar("T", bound="AdditionalResources")


@_attrs_define
class AdditionalResources:
    """Resources wanted on top of the basic configuration (storage only). Requires a `hardware.storage` filter.

    Attributes:
        storage (list[AdditionalStorage] | Unset):
    """

    storage: list[AdditionalStorage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = []
            for storage_item_data in self.storage:
                storage_item = storage_item_data.to_dict()
                storage.append(storage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_storage import AdditionalStorage  # noqa: PLC0415

        d = dict(src_dict)
        _storage = d.pop("storage", UNSET)
        storage: list[AdditionalStorage] | Unset = UNSET
        if _storage is not UNSET:
            storage = []
            for storage_item_data in _storage:
                storage_item = AdditionalStorage.from_dict(storage_item_data)

                storage.append(storage_item)

        additional_resources = cls(
            storage=storage,
        )

        additional_resources.additional_properties = d
        return additional_resources

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
